using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.Gate;

/// <summary>What the dry run's verdict says about the environment and the database options (issue 13, issue 18).</summary>
[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class DryRunGateTests(PostgresFixture postgres)
{
    [Fact]
    public async Task A_missing_extension_on_the_dry_run_postgres_is_an_error_with_the_fix_not_a_failing_migration()
    {
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_ts.up.sql", "CREATE EXTENSION IF NOT EXISTS timescaledb;\n")
            .Write("db/app/002_ts.down.sql", "DROP EXTENSION timescaledb;\n")
            .Commit("timescale");

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", await postgres.NewDatabaseAsync(), "--i-know-this-is-disposable");

        Assert.Equal(1, run.Exit);
        Assert.Equal("error", run.Status());
        Assert.Contains(("toolkit/could-not-evaluate", "db/app/002_ts.up.sql:1:1"), run.Findings());
        Assert.DoesNotContain(run.Findings(), f => f.Rule == "migration/dry-run-failed");
        Assert.Contains("install the extension", run.Verdict, StringComparison.Ordinal);
        Assert.Contains("--database-url", run.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explicit_database_url_wins_over_database_none_in_gates_yml()
    {
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    database: none\n")
            .Write("db/app/002_nick.up.sql", "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nick text;\n")
            .Write("db/app/002_nick.down.sql", "ALTER TABLE users DROP COLUMN nick;\n")
            .Commit("nick");

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", await postgres.NewDatabaseAsync(), "--i-know-this-is-disposable");

        Assert.Equal(0, run.Exit);
        Assert.Contains("rollback proven", run.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_none_and_a_database_url_on_the_command_line_are_a_usage_error()
    {
        using var repo = MigrationSampleRepository.Create();

        var run = await GateRun.MigrationsAsync(repo.Path, "--database", "none", "--database-url", "Host=127.0.0.1;Database=x");

        Assert.Equal(2, run.Exit);
        Assert.Contains("--database none skips the dry run", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Database_none_and_database_url_together_in_gates_yml_point_at_the_line()
    {
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    database: none\n    database_url: postgres://ci@127.0.0.1/scratch\n");

        var run = await GateRun.MigrationsAsync(repo.Path);

        // The section is checked when gates.yml loads (as `gate config validate` does): exit 2 at the line, no verdict.
        Assert.Equal(2, run.Exit);
        Assert.Contains(".github/gates.yml:6:19: error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_down_that_keeps_an_added_enum_value_is_a_warning_once_and_the_rollback_is_proven()
    {
        // Given a type and a later value added to it, whose down cannot remove the value (a single given database:
        // nothing is rebuilt, so the type's own down runs with the value still there)
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    disabled_rules: [require-timeout-settings]\n")
            .Write("db/app/002_mood.up.sql", "CREATE TYPE mood AS ENUM ('ok');\n")
            .Write("db/app/002_mood.down.sql", "DROP TYPE mood;\n")
            .Write("db/app/003_meh.up.sql", "ALTER TYPE mood ADD VALUE 'meh';\n")
            .Write("db/app/003_meh.down.sql", "-- enum values cannot be removed\nSELECT 1;\n")
            .Commit("mood");

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", await postgres.NewDatabaseAsync(), "--i-know-this-is-disposable");

        Assert.DoesNotContain(run.Findings(), f => f.Rule is "migration/rollback-mismatch" or "migration/reapply-mismatch" or "migration/dry-run-failed");
        Assert.Equal([("migration/rollback-irreversible", "db/app/003_meh.down.sql:1:1")], run.Findings().Where(f => f.Rule == "migration/rollback-irreversible"));
        Assert.Contains("rollback proven", run.Verdict, StringComparison.Ordinal);
    }
}
