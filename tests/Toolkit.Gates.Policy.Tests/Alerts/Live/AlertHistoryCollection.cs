namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>The alert tests that need Prometheus share one server.</summary>
[CollectionDefinition(Name)]
public sealed class AlertHistoryCollection : ICollectionFixture<AlertHistoryFixture>
{
    public const string Name = "alert-history";
}
