using Toolkit.Testing.Prometheus;

namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>
/// A real Prometheus (the Debian package) on a random loopback port, with the synthetic series loaded by
/// <c>promtool tsdb create-blocks-from openmetrics</c>. Started once per test collection, killed and deleted after.
/// </summary>
[Toolkit.Testing.Needs.NeedsService("Prometheus")]
public sealed class PrometheusFixture : IAsyncLifetime
{
    private PrometheusServer? server;

    public Uri Url => server?.Url ?? new Uri("http://127.0.0.1/");

    /// <summary>The timestamp of the last sample; tests evaluate here so results do not depend on the clock.</summary>
    public DateTimeOffset End { get; private set; }

    public string At => End.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        // Data ends a few minutes ago, on a step boundary, well inside the 30-day retention.
        var end = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / SyntheticSeries.StepSeconds * SyntheticSeries.StepSeconds) - (2 * SyntheticSeries.StepSeconds);
        End = DateTimeOffset.FromUnixTimeSeconds(end);
        server = await PrometheusServer.StartAsync(SyntheticSeries.Generate(end));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
