namespace Toolkit.BadInput.Tests;

/// <summary>
/// A Diesel metadata.toml Diesel would refuse (issue 18): read as TOML, it fails the gate at the file's line instead of
/// silently running the folder in a transaction (which hid whether CONCURRENTLY could work).
/// </summary>
public sealed class MigrationDieselMetadataBadInputTests
{
    [Fact]
    public async Task Metadata_that_is_not_toml_fails_the_gate_at_its_line()
    {
        using var gate = new GateProcess()
            .WithFile("migrations/2024-01-01-000000_users/up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n")
            .WithFile("migrations/2024-01-01-000000_users/down.sql", "DROP TABLE users;\n")
            .WithFile("migrations/2024-01-02-000000_index/up.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\n")
            .WithFile("migrations/2024-01-02-000000_index/down.sql", "DROP INDEX CONCURRENTLY IF EXISTS users_email;\n")
            .WithFile("migrations/2024-01-02-000000_index/metadata.toml", "# diesel\nrun_in_transaction = no\n");

        var result = await gate.RunAsync("migrations", "--dir", "migrations", "--database", "none");

        result.AssertNoCrash();
        result.AssertNotPass();
        Assert.Contains("migrations/2024-01-02-000000_index/metadata.toml:2", result.All, StringComparison.Ordinal);
        Assert.Contains("not valid TOML", result.All, StringComparison.Ordinal);
    }
}
