using Toolkit.Testing.Prometheus;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>A real Prometheus loaded by promtool with <see cref="AlertHistoryData"/>, started once for the alert tests that need it.</summary>
[Toolkit.Testing.Needs.NeedsService("Prometheus")]
public sealed class AlertHistoryFixture : IAsyncLifetime
{
    private PrometheusServer? server;

    public Uri Url => server?.Url ?? new Uri("http://127.0.0.1/");

    /// <summary>The first sample, on an hour boundary some hours ago (inside retention, aligned with every evaluation interval).</summary>
    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End => Start.AddMinutes(AlertHistoryData.Minutes);

    public static TimeSpan History => TimeSpan.FromMinutes(AlertHistoryData.Minutes);

    public async Task InitializeAsync()
    {
        Start = DateTimeOffset.FromUnixTimeSeconds((DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 3600 * 3600) - (6 * 3600));
        server = await PrometheusServer.StartAsync(AlertHistoryData.OpenMetrics(Start));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
