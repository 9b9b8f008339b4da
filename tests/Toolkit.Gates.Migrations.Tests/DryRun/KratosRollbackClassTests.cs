using Toolkit.Gates.Migrations.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>
/// One minimal case per class of rollback finding judged on Ory Kratos (docs/migration-dry-run.md, "Judged on Kratos"):
/// the classes its maintainers would reject pass, the real defects stay named.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class KratosRollbackClassTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Split_parts_whose_downs_are_numbered_apart_from_their_ups_are_judged_together_and_pass()
    {
        // Kratos 20210810153530 aal: down 0 undoes up 2, down 1 undoes up 0, down 2 undoes up 1
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE sessions (id int); CREATE TABLE flows (id int);", "DROP TABLE sessions; DROP TABLE flows;"),
            ("20210810153530000000_aal", "ALTER TABLE sessions ADD COLUMN aal varchar(4) NOT NULL DEFAULT 'aal1';", "ALTER TABLE flows DROP COLUMN requested_aal;"),
            ("20210810153530000001_aal", "ALTER TABLE sessions ADD COLUMN methods jsonb;", "ALTER TABLE sessions DROP COLUMN aal;"),
            ("20210810153530000002_aal", "ALTER TABLE flows ADD COLUMN requested_aal varchar(4);", "ALTER TABLE sessions DROP COLUMN methods;"));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Empty(DryRuns.Verdicts(result));
        Assert.Equal(["20210810153530000001_aal", "20210810153530000002_aal"], result.Steps.Single(s => s.Phase == "down" && s.Migration == "20210810153530000000_aal").JudgedWith);
        Assert.True(result.RollbackProven && result.ReapplyWorks);
    }

    [Fact]
    public async Task One_name_over_several_timestamps_with_every_down_in_the_first_is_one_unit()
    {
        // Kratos add_verification_methods: 20200830130642 holds the downs of 42 to 46, whose own downs are empty
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE flows (id int PRIMARY KEY);", "DROP TABLE flows;"),
            ("20200830130642000000_add_methods", "ALTER TABLE flows ADD COLUMN state text;", "DROP TABLE flow_methods;"),
            ("20200830130642000001_add_methods", string.Empty, "ALTER TABLE flows DROP COLUMN state;"),
            ("20200830130644000000_add_methods", "CREATE TABLE flow_methods (id int, flow_id int REFERENCES flows);", string.Empty));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Empty(DryRuns.Verdicts(result));
        Assert.True(result.RollbackProven && result.ReapplyWorks);
    }

    [Fact]
    public async Task Split_parts_that_together_leave_a_column_are_one_mismatch_for_the_unit()
    {
        // Kratos 20210410175418 network: the down drops nid from some tables and forgets others
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE a (id int); CREATE TABLE b (id int);", "DROP TABLE a; DROP TABLE b;"),
            ("20210410175418000000_network", "ALTER TABLE a ADD COLUMN nid uuid;", "ALTER TABLE a DROP COLUMN nid;"),
            ("20210410175418000001_network", "ALTER TABLE b ADD COLUMN nid uuid;", string.Empty));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20210410175418000000_network\tmismatch\t2"], DryRuns.Verdicts(result));
        var down = result.Steps.Single(s => s.Phase == "down" && s.RollbackMismatch.Count > 0);
        Assert.Equal(["not undone: column public.b.nid should be dropped"], down.RollbackMismatch.Select(c => c.ToString()));
        Assert.True(result.ReapplyWorks);
    }

    [Fact]
    public async Task A_down_that_keeps_a_widened_type_is_kept_on_purpose_not_a_mismatch()
    {
        // Kratos 20191100000011 courier_body_type: varchar(255) to text, empty down
        using var repo = Pop(
            ("20191100000006000000_courier", "CREATE TABLE messages (body varchar(255) NOT NULL);", "DROP TABLE messages;"),
            ("20191100000011000000_courier_body_type", "ALTER TABLE messages ALTER COLUMN body TYPE text, ALTER COLUMN body SET NOT NULL;", string.Empty));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20191100000011000000_courier_body_type\tkept\t1"], DryRuns.Verdicts(result));
        Assert.True(result.RollbackProven);
    }

    [Fact]
    public async Task A_narrowed_type_left_by_an_empty_down_is_a_mismatch()
    {
        using var repo = Pop(
            ("20191100000006000000_courier", "CREATE TABLE messages (body text NOT NULL);", "DROP TABLE messages;"),
            ("20191100000011000000_courier_body_type", "ALTER TABLE messages ALTER COLUMN body TYPE varchar(255);", string.Empty));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20191100000011000000_courier_body_type\tmismatch\t1"], DryRuns.Verdicts(result));
    }

    [Fact]
    public async Task A_not_null_column_recreated_with_a_default_it_lacked_is_harmless()
    {
        // Kratos 20200607165100 settings: the down re-adds update_successful with DEFAULT 'false' to fill existing rows
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE settings (id int, update_successful bool NOT NULL);", "DROP TABLE settings;"),
            ("20200607165100000000_settings", "ALTER TABLE settings ADD COLUMN state varchar(255) NOT NULL DEFAULT 'show_form';", "ALTER TABLE settings ADD COLUMN update_successful bool NOT NULL DEFAULT 'false';"),
            ("20200607165100000001_settings", "ALTER TABLE settings DROP COLUMN update_successful;", "ALTER TABLE settings DROP COLUMN state;"));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Empty(DryRuns.Verdicts(result));
        Assert.True(result.RollbackProven);
    }

    [Fact]
    public async Task A_down_that_leaves_a_not_null_column_nullable_is_a_mismatch()
    {
        // Kratos 20191100000010 errors: the down repeats the up's DROP NOT NULL; its UPDATE ... WHERE seen_at = NULL never matches
        using var repo = Pop(
            ("20191100000004000000_error_table", "CREATE TABLE errors (seen_at timestamp NOT NULL);", "DROP TABLE errors;"),
            ("20191100000010000000_errors", "ALTER TABLE errors ALTER COLUMN seen_at TYPE timestamp, ALTER COLUMN seen_at DROP NOT NULL;", "ALTER TABLE errors ALTER COLUMN seen_at TYPE timestamp, ALTER COLUMN seen_at DROP NOT NULL;"),
            ("20191100000010000001_errors", string.Empty, "UPDATE errors SET seen_at = '1980-01-01 00:00:00' WHERE seen_at = NULL;"));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20191100000010000000_errors\tmismatch\t2"], DryRuns.Verdicts(result));
        Assert.Equal(["not undone: column public.errors.seen_at should be restored to timestamp without time zone NOT NULL"], result.Steps.Single(s => s.RollbackMismatch.Count > 0).RollbackMismatch.Select(c => c.ToString()));
    }

    [Fact]
    public async Task A_table_recreated_with_a_foreign_key_to_itself_is_a_mismatch()
    {
        // Kratos 20210311102338 form_refactoring: each *_flow_methods table comes back referencing its own id
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE flows (id int PRIMARY KEY); CREATE TABLE flow_methods (id int PRIMARY KEY, flow_id int NOT NULL REFERENCES flows (id) ON DELETE CASCADE);", "DROP TABLE flow_methods; DROP TABLE flows;"),
            ("20210311102338000000_form_refactoring", "DROP TABLE flow_methods;", "CREATE TABLE flow_methods (id int PRIMARY KEY, flow_id int NOT NULL, FOREIGN KEY (flow_id) REFERENCES flow_methods (id) ON DELETE CASCADE);"));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20210311102338000000_form_refactoring\tmismatch\t1"], DryRuns.Verdicts(result));
        Assert.Contains(result.Steps.Single(s => s.RollbackMismatch.Count > 0).RollbackMismatch, c => c.ToString().Contains("REFERENCES flow_methods(id)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_down_that_leaves_the_extensions_its_up_created_keeps_them_on_purpose()
    {
        // Kratos 20230920171028 identity_search_index: CREATE EXTENSION IF NOT EXISTS pg_trgm and btree_gin; the down drops the index only
        using var repo = Pop(
            ("20200101000000000000_t", "CREATE TABLE ids (nid uuid, identifier text);", "DROP TABLE ids;"),
            ("20230920171028000000_identity_search_index", "CREATE EXTENSION IF NOT EXISTS pg_trgm;\nCREATE EXTENSION IF NOT EXISTS btree_gin;\nCREATE INDEX ids_gin ON ids USING GIN (nid, identifier gin_trgm_ops);", "DROP INDEX ids_gin;"));

        var result = await DryRuns.RunAsync(postgres, repo.Path, "sql");

        Assert.Equal(["20230920171028000000_identity_search_index\tkept\t1"], DryRuns.Verdicts(result));
        Assert.Equal(2, result.Steps.Single(s => s.Irreversible.Count > 0).Irreversible.Count);
        Assert.True(result.RollbackProven && result.ReapplyWorks);
    }

    private static TempDirectory Pop(params (string Name, string Up, string Down)[] migrations)
    {
        var repo = new TempDirectory();
        foreach (var (name, up, down) in migrations)
        {
            repo.Write($"sql/{name}.postgres.up.sql", up);
            repo.Write($"sql/{name}.postgres.down.sql", down);
        }

        return repo;
    }
}
