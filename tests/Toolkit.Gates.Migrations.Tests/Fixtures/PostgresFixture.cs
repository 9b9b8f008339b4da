using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations.Tests.Fixtures;

/// <summary>One throwaway PostgreSQL cluster per test collection (the product's own cluster code); a fresh database per test.</summary>
[Toolkit.Testing.Needs.NeedsService("PostgreSQL")]
public sealed class PostgresFixture : IAsyncLifetime
{
    private int databases;
    private ThrowawayCluster? cluster;

    internal ThrowawayCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public Task<string> NewDatabaseAsync() =>
        Cluster.CreateDatabaseAsync($"test_{Interlocked.Increment(ref databases)}", CancellationToken.None);

    public async Task InitializeAsync() => cluster = await ThrowawayCluster.StartAsync(null, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
