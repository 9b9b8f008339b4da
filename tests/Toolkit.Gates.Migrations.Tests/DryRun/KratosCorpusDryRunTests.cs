using Toolkit.Gates.Migrations.Tests.Corpus;
using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>
/// Ory Kratos' real Pop directory, in place, up, down and up: the verdict names exactly the reviewed downs
/// (kratos-rollback.tsv; each class is judged in docs/migration-dry-run.md and has a case in KratosRollbackClassTests).
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class KratosCorpusDryRunTests(PostgresFixture postgres)
{
    /// <summary>
    /// The corpus kept only Kratos' postgres files (SOURCES.md filter), so 20251105000000000003 onwards, which build on
    /// dialect-free files of 20251105, cannot run: the migrations before it are the complete history.
    /// </summary>
    private const int CompleteHistory = 273;

    [Fact]
    public async Task Every_down_runs_and_only_the_reviewed_ones_do_not_restore_the_schema()
    {
        var result = await DryRuns.RunAsync(postgres, Path.Combine(MigrationCorpus.Root, "pile", "ory+kratos"), "persistence/sql/migrations/sql", CompleteHistory);

        Assert.Equal(CompleteHistory, result.Steps.Count(s => s.Phase == "up" && s.Error is null));
        Assert.Equal(CompleteHistory, result.Steps.Count(s => s.Phase == "down"));
        Assert.Equal(Expected(), DryRuns.Verdicts(result));
        Assert.True(result.ReapplyWorks);
    }

    private static List<string> Expected() =>
        [.. File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "Toolkit.Gates.Migrations.Tests", "DryRun", "kratos-rollback.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
