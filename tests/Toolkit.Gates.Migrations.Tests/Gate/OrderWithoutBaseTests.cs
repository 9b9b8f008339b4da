namespace Toolkit.Gates.Migrations.Tests.Gate;

public sealed class OrderWithoutBaseTests
{
    [Fact]
    public async Task Without_a_base_a_table_created_by_an_earlier_migration_is_an_existing_table()
    {
        // Given a history where 001 creates users and 002 (a later file) indexes it the blocking way
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_email_index.up.sql", "SET lock_timeout = '2s';\nCREATE INDEX users_email ON users (email);\n")
            .Write("db/app/002_email_index.down.sql", "DROP INDEX IF EXISTS users_email;\n")
            .Commit("index");

        // When the gate runs without --base (every migration is new, in order)
        var run = await GateRun.MigrationsAsync(repo.Path, "--database", "none");

        // Then users existed before 002, so its blocking index is reported; 001's own table is not
        Assert.Contains(("migration/require-concurrent-index-creation", "db/app/002_email_index.up.sql:2:1"), run.Findings());
        Assert.DoesNotContain(run.Findings(), f => f.Rule == "migration/require-concurrent-index-creation" && f.At.StartsWith("db/app/001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expand_and_contract_pairs_are_reported_once_per_table_with_a_count()
    {
        // Given a history with three expands and two contracts of users, all new for want of a base
        using var repo = MigrationSampleRepository.Create()
            .Write("db/app/002_a.up.sql", "ALTER TABLE users ADD COLUMN a text;\n").Write("db/app/002_a.down.sql", "ALTER TABLE users DROP COLUMN a;\n")
            .Write("db/app/003_b.up.sql", "ALTER TABLE users ADD COLUMN b text;\n").Write("db/app/003_b.down.sql", "ALTER TABLE users DROP COLUMN b;\n")
            .Write("db/app/004_drop_a.up.sql", "ALTER TABLE users DROP COLUMN a;\n").Write("db/app/004_drop_a.down.sql", "ALTER TABLE users ADD COLUMN a text;\n")
            .Write("db/app/005_drop_b.up.sql", "ALTER TABLE users DROP COLUMN b;\n").Write("db/app/005_drop_b.down.sql", "ALTER TABLE users ADD COLUMN b text;\n")
            .Commit("churn");

        // When the gate runs without --base
        var run = await GateRun.MigrationsAsync(repo.Path, "--database", "none");

        // Then one contract-with-expand finding names users, at its first contract, with the counts
        var pairs = run.Findings().Where(f => f.Rule == "migration/contract-with-expand").ToList();
        Assert.Equal([("migration/contract-with-expand", "db/app/004_drop_a.up.sql:1:1")], pairs);
        Assert.Contains("2 contract and 3 expand migrations of public.users", run.Verdict, StringComparison.Ordinal);
    }
}
