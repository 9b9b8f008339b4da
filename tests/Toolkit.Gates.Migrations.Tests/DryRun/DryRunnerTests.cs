using Npgsql;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class DryRunnerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Records_the_locks_a_new_migration_takes_on_existing_tables_only()
    {
        // Given a base table and a new migration that alters it and creates another table
        using var repo = new TempDirectory();
        repo.Write("db/001_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);");
        repo.Write("db/001_users.down.sql", "DROP TABLE users;");
        repo.Write("db/002_more.up.sql", "ALTER TABLE users ADD COLUMN nick text;\nCREATE TABLE other (id bigint);");
        repo.Write("db/002_more.down.sql", "DROP TABLE other;\nALTER TABLE users DROP COLUMN nick;");
        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        // When it is dry-run
        var result = await new DryRunner(await postgres.NewDatabaseAsync()).RunAsync([set.Migrations[0]], [set.Migrations[1]], CancellationToken.None);

        // Then the ACCESS EXCLUSIVE lock on users is recorded, nothing on the new table, and the rollback is proven
        var up = Assert.Single(result.Steps, s => s.Phase == "up");
        Assert.Contains(new LockRecord("public.users", "AccessExclusiveLock"), up.Locks);
        Assert.DoesNotContain(up.Locks, l => l.Relation == "public.other");
        Assert.True(result.RollbackProven);
        Assert.True(result.ReapplyWorks);
        Assert.Contains(result.SchemaDiff, c => c.ToString() == "added table public.other: r");
    }

    [Fact]
    public async Task A_dbmate_migration_without_a_transaction_can_build_an_index_concurrently()
    {
        using var repo = new TempDirectory();
        repo.Write("db/20240101000000_users.sql", "-- migrate:up\nCREATE TABLE users (id bigint, email text);\n-- migrate:down\nDROP TABLE users;\n");
        repo.Write("db/20240102000000_index.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY users_email;\n");
        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        var result = await new DryRunner(await postgres.NewDatabaseAsync()).RunAsync([set.Migrations[0]], [set.Migrations[1]], CancellationToken.None);

        Assert.False(result.Failed);
        Assert.True(result.RollbackProven);
        Assert.Contains(result.SchemaDiff, c => c.Kind == "index" && c.Name == "public.users_email");
    }

    [Fact]
    public async Task Concurrently_in_a_transactional_flyway_file_fails_at_the_statement()
    {
        using var repo = new TempDirectory();
        repo.Write("sql/V1__users.sql", "CREATE TABLE users (id bigint, email text);");
        repo.Write("sql/V2__index.sql", "SELECT 1;\n  CREATE INDEX CONCURRENTLY users_email ON users (email);");
        var set = MigrationFinder.Find(repo.Path, "sql", MigrationTool.Auto);

        var result = await new DryRunner(await postgres.NewDatabaseAsync()).RunAsync([set.Migrations[0]], [set.Migrations[1]], CancellationToken.None);

        var error = Assert.Single(result.Steps, s => s.Error is not null).Error!;
        Assert.Equal(("sql/V2__index.sql", 2, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("cannot run inside a transaction block", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_snapshot_sees_columns_constraints_indexes_sequences_enums_views_and_functions()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("""
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('ok', 'sad');
            CREATE TABLE app.t (id serial PRIMARY KEY, m app.mood NOT NULL DEFAULT 'ok', CONSTRAINT m_chk CHECK (id > 0));
            CREATE INDEX t_m ON app.t (m);
            CREATE VIEW app.v AS SELECT id FROM app.t;
            CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
            """, connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        var snapshot = await CatalogSnapshot.TakeAsync(connection, CancellationToken.None);

        var keys = snapshot.Objects.Select(o => o.Key).ToList();
        Assert.Contains("schema app", keys);
        Assert.Contains("enum app.mood", keys);
        Assert.Contains("column app.t.m", keys);
        Assert.Contains("constraint app.t.m_chk", keys);
        Assert.Contains("index app.t_m", keys);
        Assert.Contains("sequence app.t_id_seq", keys);
        Assert.Contains("view app.v", keys);
        Assert.Contains("function app.f(x integer)", keys);
        Assert.Equal("app.mood NOT NULL DEFAULT 'ok'::app.mood", snapshot.Objects.Single(o => o.Key == "column app.t.m").Definition);
    }
}
