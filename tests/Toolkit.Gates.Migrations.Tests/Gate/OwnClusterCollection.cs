namespace Toolkit.Gates.Migrations.Tests.Gate;

/// <summary>
/// Runs alone, after the parallel collections (and their shared clusters) are done, so the only cluster directory
/// that can appear while it runs is the gate's own.
/// </summary>
[Toolkit.Testing.Needs.NeedsService("PostgreSQL")]
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnClusterCollection
{
    public const string Name = "own cluster";
}
