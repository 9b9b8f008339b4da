using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.Discovery;

public sealed class MigrationFinderTests
{
    [Fact]
    public void Golang_migrate_pairs_up_and_down_in_numeric_order()
    {
        using var repo = new TempDirectory();
        repo.Write("db/10_c.up.sql", "SELECT 10;");
        repo.Write("db/9_b.up.sql", "SELECT 9;");
        repo.Write("db/9_b.down.sql", "SELECT -9;");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        Assert.Equal(MigrationTool.GolangMigrate, set.Tool);
        Assert.Equal(["9", "10"], set.Migrations.Select(m => m.Version));
        Assert.Equal("db/9_b.down.sql", set.Migrations[0].Down!.Path);
        Assert.Null(set.Migrations[1].Down);
        Assert.Equal(TransactionMode.MultiStatementQuery, set.Migrations[0].Up.Mode);
    }

    [Fact]
    public void Flyway_reads_versioned_undo_and_repeatable_migrations_and_conf_files()
    {
        using var repo = new TempDirectory();
        repo.Write("sql/V1.10__late.sql", "SELECT 1;");
        repo.Write("sql/V1.9__early.sql", "SELECT 1;");
        repo.Write("sql/U1.9__early.sql", "SELECT 1;");
        repo.Write("sql/R__views.sql", "SELECT 1;");
        repo.Write("sql/V1.10__late.sql.conf", "executeInTransaction=false\n");

        var set = MigrationFinder.Find(repo.Path, "sql", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Flyway, set.Tool);
        Assert.Equal(["1_9_early", "1_10_late", "R__views"], set.Migrations.Select(m => m.ToString().Replace('.', '_')));
        Assert.Equal("sql/U1.9__early.sql", set.Migrations[0].Down!.Path);
        Assert.Equal(TransactionMode.None, set.Migrations[1].Up.Mode);
        Assert.True(set.Migrations[2].Repeatable);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Dbmate_sections_keep_file_positions_and_transaction_options()
    {
        using var repo = new TempDirectory();
        repo.Write("db/20240101000000_add.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n\n-- migrate:down\nDROP INDEX i;\n");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        var migration = Assert.Single(set.Migrations);
        Assert.Equal(MigrationTool.Dbmate, set.Tool);
        Assert.Equal(TransactionMode.None, migration.Up.Mode);
        Assert.Equal(TransactionMode.PerFile, migration.Down!.Mode);
        Assert.DoesNotContain("DROP INDEX", migration.Up.Text, StringComparison.Ordinal);
        Assert.Equal(5, migration.Down.Text.Split('\n').ToList().FindIndex(l => l.Contains("DROP INDEX", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void A_plain_directory_is_ordered_by_file_name_and_has_no_downs()
    {
        using var repo = new TempDirectory();
        repo.Write("m/002_b.sql", "SELECT 2;");
        repo.Write("m/001_a.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "m", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Plain, set.Tool);
        Assert.Equal(["001", "002"], set.Migrations.Select(m => m.Version));
        Assert.All(set.Migrations, m => Assert.Null(m.Down));
    }

    [Fact]
    public void Misnamed_files_and_duplicate_versions_are_layout_errors()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_a.up.sql", "SELECT 1;");
        repo.Write("db/01_b.up.sql", "SELECT 1;");
        repo.Write("db/notes.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.GolangMigrate);

        Assert.Contains(set.Problems, p => p.Location!.Path == "db/notes.sql" && p.RuleId == MigrationRules.MigrationLayout.Id);
        Assert.Contains(set.Problems, p => p.Message.Contains("is used by more than one migration", StringComparison.Ordinal));
    }
}
