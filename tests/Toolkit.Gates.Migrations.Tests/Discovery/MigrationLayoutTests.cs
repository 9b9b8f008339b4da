using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Testing;

namespace Toolkit.Gates.Migrations.Tests.Discovery;

public sealed class MigrationLayoutTests
{
    [Fact]
    public void Golang_migrate_pairs_an_up_and_a_down_of_the_same_version_whatever_their_names()
    {
        using var repo = new TempDirectory();
        repo.Write("db/30_add_x.up.sql", "ALTER TABLE t ADD COLUMN x int;");
        repo.Write("db/30_drop_x.down.sql", "ALTER TABLE t DROP COLUMN x;");
        repo.Write("db/031_more.up.sql", "SELECT 1;");
        repo.Write("db/31_more_undo.down.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        Assert.Empty(set.Problems);
        Assert.Equal(["db/30_drop_x.down.sql", "db/31_more_undo.down.sql"], set.Migrations.Select(m => m.Down!.Path));
    }

    [Fact]
    public void A_down_without_an_up_of_its_version_and_two_downs_of_one_version_are_layout_errors()
    {
        using var repo = new TempDirectory();
        repo.Write("db/1_a.up.sql", "SELECT 1;");
        repo.Write("db/1_a.down.sql", "SELECT 1;");
        repo.Write("db/1_b.down.sql", "SELECT 1;");
        repo.Write("db/2_c.down.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        Assert.Contains(set.Problems, p => p.Location!.Path == "db/2_c.down.sql" && p.Message.Contains("no up migration of version 2", StringComparison.Ordinal));
        Assert.Contains(set.Problems, p => p.Message.Contains("has 2 down files", StringComparison.Ordinal));
    }

    [Fact]
    public void Diesel_folders_are_migrations_ordered_by_version_and_a_stray_sql_file_is_an_error()
    {
        using var repo = new TempDirectory();
        repo.Write("migrations/2019-03-22-170700_b/up.sql", "CREATE TABLE b (id int);");
        repo.Write("migrations/2019-03-22-170700_b/down.sql", "DROP TABLE b;");
        repo.Write("migrations/20161115111853_a/up.sql", "CREATE TABLE a (id int);");
        repo.Write("migrations/20161115111853_a/down.sql", "DROP TABLE a;");
        repo.Write("migrations/2020-01-01-000000_c/up.sql", "CREATE INDEX CONCURRENTLY i ON a (id);");
        repo.Write("migrations/2020-01-01-000000_c/metadata.toml", "run_in_transaction = false\n");
        repo.Write("migrations/data_fix.sql", "UPDATE a SET id = 1;");

        var set = MigrationFinder.Find(repo.Path, "migrations", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Diesel, set.Tool);
        Assert.Equal(["a", "b", "c"], set.Migrations.Select(m => m.Name));
        Assert.Equal("2019-03-22-170700", set.Migrations[1].Version);
        Assert.Equal(TransactionMode.PerFile, set.Migrations[0].Up.Mode);
        Assert.Equal(TransactionMode.None, set.Migrations[2].Up.Mode);
        Assert.Null(set.Migrations[2].Down);
        var error = Assert.Single(set.Problems);
        Assert.Equal(("migrations/data_fix.sql", Severity.Error), (error.Location!.Path, error.Severity));
    }

    [Fact]
    public void Pop_reads_postgres_and_generic_files_skips_other_dialects_with_a_note_and_honours_autocommit()
    {
        using var repo = new TempDirectory();
        repo.Write("sql/20200101000000000000_users.postgres.up.sql", "CREATE TABLE users (id uuid);");
        repo.Write("sql/20200101000000000000_users.postgres.down.sql", "DROP TABLE users;");
        repo.Write("sql/20200101000000000000_users.mysql.up.sql", "CREATE TABLE users (id char(36));");
        repo.Write("sql/20200101000000000000_users.sqlite3.down.sql", "DROP TABLE users;");
        repo.Write("sql/20200102000000000000_idx.postgres.autocommit.up.sql", "CREATE INDEX CONCURRENTLY i ON users (id);");
        repo.Write("sql/20200102000000000000_idx.postgres.autocommit.down.sql", "DROP INDEX CONCURRENTLY i;");
        repo.Write("sql/20200103000000000000_empty.up.sql", string.Empty);

        var set = MigrationFinder.Find(repo.Path, "sql", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Pop, set.Tool);
        Assert.Equal(3, set.Migrations.Count);
        Assert.Equal("sql/20200101000000000000_users.postgres.up.sql", set.Migrations[0].Up.Path);
        Assert.Equal(TransactionMode.PerFile, set.Migrations[0].Up.Mode);
        Assert.Equal(TransactionMode.None, set.Migrations[1].Down!.Mode);
        var note = Assert.Single(set.Problems);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Contains("2 file(s) for other database dialects (mysql, sqlite3) skipped", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_prefixed_up_down_pairs_are_read_by_version()
    {
        using var repo = new TempDirectory();
        repo.Write("pg/V0001.Initial_Schema.up.sql", "CREATE TABLE a (id int);");
        repo.Write("pg/V0001.Initial_Schema.down.sql", "DROP TABLE a;");
        repo.Write("pg/V0010.Later.up.sql", "SELECT 1;");
        repo.Write("pg/V0010.Later.down.sql", "SELECT 1;");
        repo.Write("pg/V0002.Next.up.sql", "SELECT 1;");
        repo.Write("pg/V0002.Next.down.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "pg", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Pairs, set.Tool);
        Assert.Equal(["0001", "0002", "0010"], set.Migrations.Select(m => m.Version));
        Assert.All(set.Migrations, m => Assert.NotNull(m.Down));
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Goose_sections_are_split_and_no_transaction_is_honoured()
    {
        using var repo = new TempDirectory();
        repo.Write("db/00001_users.sql", "-- +goose Up\nCREATE TABLE users (id int);\n\n-- +goose Down\nDROP TABLE users;\n");
        repo.Write("db/00002_idx.sql", "-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON users (id);\n-- +goose Down\nDROP INDEX CONCURRENTLY i;\n");

        var set = MigrationFinder.Find(repo.Path, "db", MigrationTool.Auto);

        Assert.Equal(MigrationTool.Goose, set.Tool);
        Assert.DoesNotContain("DROP TABLE", set.Migrations[0].Up.Text, StringComparison.Ordinal);
        Assert.Contains("DROP TABLE", set.Migrations[0].Down!.Text, StringComparison.Ordinal);
        Assert.Equal(TransactionMode.None, set.Migrations[1].Up.Mode);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Sqlx_reads_simple_and_reversible_files_and_the_no_transaction_marker()
    {
        using var repo = new TempDirectory();
        repo.Write("migrations/20240101000000_users.sql", "CREATE TABLE users (id int);");
        repo.Write("migrations/20240102000000_idx.up.sql", "-- no-transaction\nCREATE INDEX CONCURRENTLY i ON users (id);");
        repo.Write("migrations/20240102000000_idx.down.sql", "DROP INDEX i;");

        var set = MigrationFinder.Find(repo.Path, "migrations", MigrationTool.Sqlx);

        Assert.Equal(["20240101000000", "20240102000000"], set.Migrations.Select(m => m.Version));
        Assert.Null(set.Migrations[0].Down);
        Assert.Equal(TransactionMode.PerFile, set.Migrations[0].Up.Mode);
        Assert.Equal(TransactionMode.None, set.Migrations[1].Up.Mode);
        Assert.Empty(set.Problems);
    }

    [Fact]
    public void Sql_files_in_subdirectories_of_a_non_diesel_directory_are_an_error_naming_the_folder()
    {
        using var repo = new TempDirectory();
        repo.Write("migrations/sql/1_a.postgres.up.sql", "SELECT 1;");
        repo.Write("migrations/legacy/1_a.postgres.up.sql", "SELECT 1;");

        var set = MigrationFinder.Find(repo.Path, "migrations", MigrationTool.Auto);

        Assert.Empty(set.Migrations);
        Assert.Equal(2, set.Problems.Count(p => p.Severity == Severity.Error));
        Assert.Contains(set.Problems, p => p.Message.Contains("point dir at 'migrations/sql'", StringComparison.Ordinal));
    }
}
