namespace Toolkit.Gates.Migrations.Tests.Discovery;

/// <summary>A Diesel directory of two folders: a table, then an index built CONCURRENTLY with the given metadata.toml.</summary>
internal static class DieselSample
{
    public const string IndexUp = "migrations/2024-01-02-000000_index/up.sql";

    public static TempDirectory WithIndexMetadata(string metadata)
    {
        var repo = new TempDirectory();
        repo.Write("migrations/2024-01-01-000000_users/up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);");
        repo.Write("migrations/2024-01-01-000000_users/down.sql", "DROP TABLE users;");
        repo.Write(IndexUp, "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);");
        repo.Write("migrations/2024-01-02-000000_index/down.sql", "DROP INDEX CONCURRENTLY IF EXISTS users_email;");
        repo.Write("migrations/2024-01-02-000000_index/metadata.toml", metadata);
        return repo;
    }
}
