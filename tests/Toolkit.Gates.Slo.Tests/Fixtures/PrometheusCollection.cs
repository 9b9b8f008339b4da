namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>Every test that needs Prometheus shares one server.</summary>
[CollectionDefinition(Name)]
public sealed class PrometheusCollection : ICollectionFixture<PrometheusFixture>, ICollectionFixture<ProbeAppFixture>
{
    public const string Name = "prometheus";
}
