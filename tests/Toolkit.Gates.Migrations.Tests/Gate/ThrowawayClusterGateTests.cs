namespace Toolkit.Gates.Migrations.Tests.Gate;

[Collection(OwnClusterCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class ThrowawayClusterGateTests
{
    [Fact]
    public async Task Database_auto_starts_and_removes_its_own_cluster_and_proves_the_rollback()
    {
        // Given a safe golang-migrate migration on top of the sample (with its own config)
        using var repo = MigrationSampleRepository.Create("version: 1\ngates:\n  migration-gate:\n    dir: db/app\n    tool: golang-migrate\n")
            .Write("db/app/002_nick.up.sql", "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN nick text;\n")
            .Write("db/app/002_nick.down.sql", "ALTER TABLE users DROP COLUMN nick;\n")
            .Commit("nick");
        var before = Directory.GetDirectories(Path.GetTempPath(), "toolkit-pg-*").ToHashSet();

        // When the gate runs with --database auto
        var run = await GateRun.MigrationsAsync(repo.Path, "--base", "main", "--database", "auto");

        // Then it passes with the rollback proven, and no cluster directory is left behind
        Assert.Equal(0, run.Exit);
        Assert.Contains("rollback proven", run.Verdict, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetTempPath(), "toolkit-pg-*"), d => !before.Contains(d));
    }
}
