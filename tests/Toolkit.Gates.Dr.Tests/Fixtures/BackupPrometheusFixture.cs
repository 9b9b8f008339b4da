using System.Globalization;
using System.Text;
using Toolkit.Testing.Prometheus;

namespace Toolkit.Gates.Dr.Tests.Fixtures;

/// <summary>
/// A real Prometheus holding 30 minutes of <c>backup_last_success_timestamp_seconds</c> per system, ending at
/// <see cref="End"/>: orders-db backed up 2 minutes before the end, billing-db 3 hours before, and search has no series.
/// </summary>
[Toolkit.Testing.Needs.NeedsService("Prometheus")]
public sealed class BackupPrometheusFixture : IAsyncLifetime
{
    public const string Metric = "backup_last_success_timestamp_seconds";

    private PrometheusServer? server;

    public Uri Url => server!.Url;

    /// <summary>The last sample's time; tests evaluate here (<c>--at</c>) so results do not depend on the clock.</summary>
    public DateTimeOffset End { get; private set; }

    public string At => End.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        var end = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60) - 120;
        End = DateTimeOffset.FromUnixTimeSeconds(end);
        var text = new StringBuilder($"# TYPE {Metric} gauge\n");
        foreach (var (system, age) in new[] { ("orders-db", 120L), ("billing-db", 3 * 3600L) })
        {
            for (var t = end - 1800; t <= end; t += 60)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Metric}{{system=\"{system}\"}} {end - age} {t}\n");
            }
        }

        text.Append("# EOF\n");
        server = await PrometheusServer.StartAsync(text.ToString());
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
