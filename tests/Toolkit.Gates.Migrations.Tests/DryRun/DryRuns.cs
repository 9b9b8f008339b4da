using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>Runs a migration directory up, down and up on the collection's cluster, as the gate does (fresh databases, bookkeeping).</summary>
internal static class DryRuns
{
    public static async Task<DryRunResult> RunAsync(PostgresFixture postgres, string root, string directory, int take = int.MaxValue)
    {
        var set = MigrationFinder.Find(root, directory, MigrationTool.Auto);
        Assert.DoesNotContain(set.Problems, p => p.Severity == Toolkit.Core.Verdicts.Severity.Error);
        var runner = new DryRunner(await postgres.NewDatabaseAsync())
        {
            FreshDatabase = (template, _) => postgres.Cluster.CreateDatabaseAsync($"fresh_{Guid.NewGuid():N}", template, CancellationToken.None),
            DropDatabase = postgres.Cluster.DropDatabaseAsync,
            Bookkeeping = ToolBookkeeping.For(set.Tool),
        };
        return await runner.RunAsync([], [.. set.Migrations.Take(take)], CancellationToken.None);
    }

    /// <summary>The downs named as not restoring the schema (with the migrations judged together) and those that fail.</summary>
    public static IEnumerable<string> Verdicts(DryRunResult result) =>
        result.Steps.Where(s => s.Phase == "down" && (s.Error is not null || s.RollbackMismatch.Count > 0 || s.Irreversible.Count > 0))
            .Select(s => s.Error is not null ? $"{s.Migration}\tfails"
                : s.RollbackMismatch.Count > 0 ? $"{s.Migration}\tmismatch\t{s.JudgedWith.Count + 1}"
                : $"{s.Migration}\tkept\t{s.JudgedWith.Count + 1}");
}
