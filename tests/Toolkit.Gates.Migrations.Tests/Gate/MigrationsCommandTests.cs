using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.Gate;

[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class MigrationsCommandTests(PostgresFixture postgres)
{
    private async Task<GateRun> RunAsync(GitRepository repo, params string[] args)
    {
        var database = await postgres.NewDatabaseAsync();
        return await GateRun.MigrationsAsync(repo.Path, ["--base", "main", "--database-url", database, "--i-know-this-is-disposable", .. args]);
    }

    [Fact]
    public async Task Flags_unsafe_statements_at_the_right_lines()
    {
        // Given a new golang-migrate migration that builds an index the blocking way on line 2
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_email_index.up.sql", "SET lock_timeout = '2s';\nCREATE INDEX users_email ON users (email);\n")
            .Write("db/app/002_email_index.down.sql", "DROP INDEX IF EXISTS users_email;\n")
            .Commit("index");

        // When the gate runs
        var run = await RunAsync(repo);

        // Then it fails with the finding at the statement
        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/require-concurrent-index-creation", "db/app/002_email_index.up.sql:2:1"), run.Findings());
        Assert.Equal("fail", run.Status());
    }

    [Fact]
    public async Task Passes_a_safe_expand_migration_and_publishes_the_schema_diff()
    {
        // Given a Flyway expand migration with a lock timeout and an undo
        using var repo = MigrationSampleRepository.Create()
            .Write("db/billing/V2__invoice_note.sql", "SET lock_timeout = '2s';\nALTER TABLE invoices ADD COLUMN note text;\n")
            .Write("db/billing/U2__invoice_note.sql", "ALTER TABLE invoices DROP COLUMN note;\n")
            .Commit("note");

        // When the gate runs
        var run = await RunAsync(repo);

        // Then it passes, proves the rollback and publishes the diff in the PR comment and the evidence
        Assert.Equal(0, run.Exit);
        Assert.Equal("pass", run.Status());
        Assert.Contains(("migration/schema-diff", "db/billing:0:0"), run.Findings());
        Assert.Contains("added column public.invoices.note: text NULL", run.Markdown, StringComparison.Ordinal);
        Assert.Contains("`public.invoices.note`", run.Read("migration-gate", "schema-diff.md"), StringComparison.Ordinal);
        Assert.Contains("\"proven\": true", run.Read("migration-gate", "rollback.json"), StringComparison.Ordinal);
        Assert.Contains("\"class\": \"expand\"", run.Read("migration-gate", "plan.json"), StringComparison.Ordinal);
        Assert.Contains("AccessExclusiveLock on public.invoices", run.Read("migration-gate", "dry-run.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_a_migration_whose_down_does_not_restore_the_schema()
    {
        // Given a down that forgets the index its up created
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_nick.up.sql", "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nick text;\n")
            .Write("db/app/002_nick.down.sql", "SELECT 1;\n")
            .Commit("nick");

        var run = await RunAsync(repo);

        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/rollback-mismatch", "db/app/002_nick.down.sql:1:1"), run.Findings());
        Assert.Contains("not undone: column public.users.nick should be dropped", run.Verdict, StringComparison.Ordinal);
        Assert.Contains("\"proven\": false", run.Read("migration-gate", "rollback.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_a_contract_that_application_code_still_references()
    {
        // Given a contract migration dropping a column src/UserRepository.cs still selects
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_drop_legacy.up.sql", "SET lock_timeout = '2s';\n-- gate-ignore ban-drop-column\nALTER TABLE users DROP COLUMN legacy_name;\n")
            .Write("db/app/002_drop_legacy.down.sql", "ALTER TABLE users ADD COLUMN legacy_name text;\n")
            .Commit("contract");

        var run = await RunAsync(repo);

        // Then the reference is reported where it is
        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/contract-still-referenced", "src/UserRepository.cs:5:40"), run.Findings());
        Assert.DoesNotContain(run.Findings(), f => f.Rule == "migration/ban-drop-column");
    }

    [Fact]
    public async Task A_contract_in_the_same_change_as_its_expand_and_a_mixed_migration_fail()
    {
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    disabled_rules: [ban-drop-column, require-timeout-settings]\n")
            .Write("db/app/002_expand.up.sql", "ALTER TABLE users ADD COLUMN display_name text;\n")
            .Write("db/app/002_expand.down.sql", "ALTER TABLE users DROP COLUMN display_name;\n")
            .Write("db/app/003_mixed.up.sql", "ALTER TABLE users ADD COLUMN nick text;\nALTER TABLE users DROP COLUMN legacy_name;\n")
            .Write("db/app/003_mixed.down.sql", "ALTER TABLE users ADD COLUMN legacy_name text;\nALTER TABLE users DROP COLUMN nick;\n")
            .Commit("both");

        var run = await RunAsync(repo);

        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/expand-contract-mixed", "db/app/003_mixed.up.sql:1:1"), run.Findings());
        Assert.Contains(("migration/contract-with-expand", "db/app/003_mixed.up.sql:1:1"), run.Findings());
    }

    [Fact]
    public async Task Changing_an_already_merged_migration_fails()
    {
        using var repo = MigrationSampleRepository.Create()
            .Write("db/billing/V1__invoices.sql", "CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric NOT NULL, paid boolean);\n")
            .Commit("rewrite history");

        var run = await RunAsync(repo);

        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/migration-history-rewritten", "db/billing/V1__invoices.sql:1:1"), run.Findings());
    }

    [Fact]
    public async Task A_statement_postgres_rejects_is_reported_at_its_file_position()
    {
        using var repo = MigrationSampleRepository.Create()
            .Write("db/billing/V2__typo.sql", "SET lock_timeout = '2s';\nALTER TABLE invoices\n  ADD COLUMN paid_at timestampz;\n")
            .Write("db/billing/U2__typo.sql", "ALTER TABLE invoices DROP COLUMN paid_at;\n")
            .Commit("typo");

        var run = await RunAsync(repo, "--dir", "db/billing", "--tool", "flyway");

        Assert.Equal(1, run.Exit);
        Assert.Contains(("migration/dry-run-failed", "db/billing/V2__typo.sql:3:22"), run.Findings());
        Assert.Contains("type \\u0022timestampz\\u0022 does not exist", run.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_url_is_refused_unless_marked_disposable()
    {
        using var repo = MigrationSampleRepository.Create().Write("db/app/002_x.up.sql", "SELECT 1;\n").Commit("x");
        var database = await postgres.NewDatabaseAsync();

        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database-url", database);

        Assert.Equal(1, run.Exit);
        Assert.Equal("error", run.Status());
        Assert.Contains("--i-know-this-is-disposable", run.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_configuration_key_is_an_input_error_at_its_line_before_anything_runs()
    {
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    requir_rollback: false\n");

        var run = await RunAsync(repo);

        // The section is checked when gates.yml loads (as `gate config validate` does): exit 2, no verdict.
        Assert.Equal(2, run.Exit);
        Assert.Contains(".github/gates.yml:5:5: error: unknown key 'requir_rollback'", run.Error, StringComparison.Ordinal);
    }
}
