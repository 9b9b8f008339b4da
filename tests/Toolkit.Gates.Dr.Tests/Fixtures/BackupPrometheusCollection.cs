namespace Toolkit.Gates.Dr.Tests.Fixtures;

/// <summary>Tests that share one <see cref="BackupPrometheusFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BackupPrometheusCollection : ICollectionFixture<BackupPrometheusFixture>
{
    public const string Name = "backup prometheus";
}
