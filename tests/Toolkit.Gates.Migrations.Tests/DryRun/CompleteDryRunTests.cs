using Npgsql;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>The dry run goes up, down and up completely; each judged class from the corpus has a minimal case here.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class CompleteDryRunTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Qualified_names_over_63_bytes_do_not_collide_in_the_catalog_snapshot()
    {
        // Given the repro: the CHECK constraint's qualified name is longer than a PostgreSQL name
        await using var connection = new NpgsqlConnection(await postgres.NewDatabaseAsync());
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand("CREATE TABLE legacy_kit_recovery_session (id int PRIMARY KEY, status text CHECK (status<>''));", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        // When the catalog is read and compared
        var snapshot = await CatalogSnapshot.TakeAsync(connection, CancellationToken.None);
        var diff = snapshot.DiffFrom(new CatalogSnapshot([]));

        // Then every key is whole and distinct
        Assert.Contains(snapshot.Objects, o => o.Key == "constraint public.legacy_kit_recovery_session.legacy_kit_recovery_session_status_check");
        Assert.Contains(snapshot.Objects, o => o.Key == "constraint public.legacy_kit_recovery_session.legacy_kit_recovery_session_pkey");
        Assert.Equal(snapshot.Objects.Count, snapshot.Objects.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(snapshot.Objects.Count, diff.Count);
    }

    [Fact]
    public void A_snapshot_given_the_same_key_twice_compares_without_throwing()
    {
        var twice = new CatalogSnapshot([new SchemaObject("table", "public.t", "r"), new SchemaObject("table", "public.t", "r")]);

        Assert.Empty(twice.DiffFrom(twice));
    }

    [Fact]
    public async Task Golang_migrate_up_and_down_of_one_version_with_different_names_prove_the_rollback()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_t.up.sql", "CREATE TABLE t (id int);");
        repo.Write("db/1_t.down.sql", "DROP TABLE t;");
        repo.Write("db/30_add_x.up.sql", "ALTER TABLE t ADD COLUMN x int;");
        repo.Write("db/30_drop_x.down.sql", "ALTER TABLE t DROP COLUMN x;");

        var result = await RunAsync(repo, "db");

        Assert.Empty(result.MissingDown);
        Assert.True(result.RollbackProven);
        Assert.True(result.ReapplyWorks);
    }

    [Fact]
    public async Task A_failing_down_is_reported_and_every_other_down_and_the_reapply_still_run()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_a.up.sql", "CREATE TABLE a (id int PRIMARY KEY);");
        repo.Write("db/1_a.down.sql", "DROP TABLE a;");
        repo.Write("db/2_b.up.sql", "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);");
        repo.Write("db/2_b.down.sql", "DROP TABLE b_typo;");
        repo.Write("db/3_c.up.sql", "CREATE TABLE c (id int);");
        repo.Write("db/3_c.down.sql", "DROP TABLE c;");

        var result = await RunAsync(repo, "db");

        // Then only the down of 2 is named; 1's down (which b's FK would have blocked) runs on a rebuilt schema
        var downs = result.Steps.Where(s => s.Phase == "down").ToList();
        Assert.Equal(["3_c", "2_b", "1_a"], downs.Select(s => s.Migration));
        Assert.NotNull(downs[1].Error);
        Assert.All([downs[0], downs[2]], s => Assert.True(s.Error is null && s.RollbackMismatch.Count == 0));
        Assert.False(result.RollbackProven);
        Assert.Equal(3, result.Steps.Count(s => s.Phase == "reapply"));
        Assert.True(result.ReapplyWorks);
    }

    [Fact]
    public async Task A_down_that_leaves_an_object_is_one_mismatch_and_does_not_cascade_into_the_downs_after_it()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_a.up.sql", "CREATE TABLE a (id int PRIMARY KEY);");
        repo.Write("db/1_a.down.sql", "DROP TABLE a;");
        repo.Write("db/2_b.up.sql", "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);");
        repo.Write("db/2_b.down.sql", "SELECT 1;");

        var result = await RunAsync(repo, "db");

        var downs = result.Steps.Where(s => s.Phase == "down").ToList();
        Assert.NotEmpty(downs[0].RollbackMismatch);
        Assert.All(downs[0].RollbackMismatch, c => Assert.StartsWith("not undone", c.ToString(), StringComparison.Ordinal));
        Assert.True(downs[1].Error is null && downs[1].RollbackMismatch.Count == 0);
        Assert.True(result.ReapplyWorks);
    }

    [Fact]
    public async Task An_enum_value_the_down_cannot_remove_is_a_known_irreversibility_reported_once_not_a_mismatch()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_mood.up.sql", "CREATE TYPE mood AS ENUM ('ok', 'sad');");
        repo.Write("db/1_mood.down.sql", "DROP TYPE mood;");
        repo.Write("db/2_meh.up.sql", "ALTER TYPE mood ADD VALUE 'meh';");
        repo.Write("db/2_meh.down.sql", "-- PostgreSQL cannot remove an enum value\nSELECT 1;");

        var result = await RunAsync(repo, "db");

        var down = Assert.Single(result.Steps, s => s.Phase == "down" && s.Migration == "2_meh");
        Assert.Empty(down.RollbackMismatch);
        Assert.Equal(["enum public.mood keeps value 'meh': PostgreSQL cannot drop an enum value"], down.Irreversible);
        Assert.True(result.RollbackProven);

        // The re-apply starts from the schema before the ups, so ADD VALUE does not fail on the kept value
        Assert.True(result.ReapplyWorks);
        Assert.Single(result.Steps.SelectMany(s => s.Irreversible));
    }

    [Fact]
    public async Task Downs_offset_by_one_migration_of_their_own_are_named_each()
    {
        // Plain versions are migrations of their own: each down must undo its up (Kratos' 20-digit split parts are
        // judged together instead, see KratosRollbackClassTests)
        using var repo = new TempDirectory();
        repo.Write("db/1_t.up.sql", "CREATE TABLE t (id int);");
        repo.Write("db/1_t.down.sql", "DROP TABLE t;");
        repo.Write("db/2_version.up.sql", "ALTER TABLE t ADD version int NOT NULL DEFAULT 0;");
        repo.Write("db/2_version.down.sql", string.Empty);
        repo.Write("db/3_version.up.sql", string.Empty);
        repo.Write("db/3_version.down.sql", "ALTER TABLE t DROP COLUMN version;");

        var result = await RunAsync(repo, "db");

        var downs = result.Steps.Where(s => s.Phase == "down").ToDictionary(s => s.Migration);
        Assert.Equal(["dropped column public.t.version (was integer NOT NULL DEFAULT 0)"], downs["3_version"].RollbackMismatch.Select(c => c.ToString()));
        Assert.Equal(["not undone: column public.t.version should be dropped"], downs["2_version"].RollbackMismatch.Select(c => c.ToString()));
        Assert.True(downs["1_t"].Error is null && downs["1_t"].RollbackMismatch.Count == 0);
        Assert.True(result.ReapplyWorks);
    }

    [Fact]
    public async Task River_schema_templates_are_rendered_as_the_default_schema()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_m.up.sql", "CREATE TABLE /* TEMPLATE: schema */m (id int);\nSELECT to_regclass('/* TEMPLATE: schema */m');");
        repo.Write("db/1_m.down.sql", "DROP TABLE /* TEMPLATE: schema */m;");

        var result = await RunAsync(repo, "db");

        Assert.False(result.Failed);
        Assert.True(result.RollbackProven);
    }

    [Fact]
    public async Task Golang_migrate_bookkeeping_table_exists_for_migrations_that_alter_it()
    {
        // Harbor's 0030 adds a column to golang-migrate's own schema_migrations
        using var repo = new TempDirectory();
        repo.Write("db/1_v.up.sql", "ALTER TABLE schema_migrations ADD COLUMN data_version int;");
        repo.Write("db/1_v.down.sql", "ALTER TABLE schema_migrations DROP COLUMN data_version;");

        var result = await RunAsync(repo, "db");

        Assert.False(result.Failed);
        Assert.True(result.RollbackProven && result.ReapplyWorks);
    }

    private Task<DryRunResult> RunAsync(TempDirectory repo, string directory) => DryRuns.RunAsync(postgres, repo.Path, directory);
}
