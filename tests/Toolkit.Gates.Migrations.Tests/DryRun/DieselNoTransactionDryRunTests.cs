using Toolkit.Gates.Migrations.Tests.Discovery;
using Toolkit.Gates.Migrations.Tests.Fixtures;

namespace Toolkit.Gates.Migrations.Tests.DryRun;

/// <summary>The dry run honours Diesel's run_in_transaction = false the way Diesel does: no transaction around the scripts.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Needs", "PostgreSQL")]
public sealed class DieselNoTransactionDryRunTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Create_index_concurrently_runs_up_down_and_up_in_a_folder_with_run_in_transaction_false()
    {
        using var repo = Diesel("run_in_transaction = false\n");

        var result = await DryRuns.RunAsync(postgres, repo.Path, "migrations");

        Assert.False(result.Failed);
        Assert.True(result.RollbackProven && result.ReapplyWorks);
        Assert.Contains(result.SchemaDiff, c => c.ToString().StartsWith("added index public.users_email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_metadata_diesel_wraps_the_folder_in_a_transaction_and_concurrently_fails()
    {
        using var repo = Diesel("run_in_transaction = true\n");

        var result = await DryRuns.RunAsync(postgres, repo.Path, "migrations");

        var error = Assert.Single(result.Steps, s => s.Error is not null).Error!;
        Assert.Equal((DieselSample.IndexUp, "25001"), (error.Path, error.SqlState));
    }

    private static TempDirectory Diesel(string metadata) => DieselSample.WithIndexMetadata(metadata);
}
