using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.Gate;

[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class ShadowParityTests(PostgresFixture postgres)
{
    private const string Config = """
        version: 1
        gates:
          migration-gate:
            dir: db/app
            shadow_seed: db/seed.sql
            shadow_queries:
              - SELECT id, email FROM users ORDER BY id
            disabled_rules: [require-timeout-settings, ban-drop-column]
        """;

    [Fact]
    public async Task Read_queries_that_return_the_same_rows_pass_and_are_recorded()
    {
        using var repo = MigrationSampleRepository.Create(Config)
            .Write("db/seed.sql", "INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');\n")
            .Write("db/app/002_nick.up.sql", "ALTER TABLE users ADD COLUMN nick text;\n")
            .Write("db/app/002_nick.down.sql", "ALTER TABLE users DROP COLUMN nick;\n")
            .Commit("nick");

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", await postgres.NewDatabaseAsync(), "--i-know-this-is-disposable");

        Assert.Equal(0, run.Exit);
        Assert.Contains("\"same\": true", run.Read("migration-gate", "shadow_parity.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_that_changes_what_old_readers_see_fails_parity()
    {
        using var repo = MigrationSampleRepository.Create(Config)
            .Write("db/seed.sql", "INSERT INTO users (email) VALUES ('a@example.com');\n")
            .Write("db/app/002_lower.up.sql", "UPDATE users SET email = upper(email);\n")
            .Write("db/app/002_lower.down.sql", "UPDATE users SET email = lower(email);\n")
            .Commit("upper");

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", await postgres.NewDatabaseAsync(), "--i-know-this-is-disposable");

        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/shadow-parity", "db/app:0:0"), run.Findings());
    }
}
