using System.Globalization;
using System.Text;
using Toolkit.Testing.Prometheus;

namespace Toolkit.Cli.Tests.Serve;

/// <summary>
/// A real Prometheus holding 40 minutes of <c>http_requests_total</c> (15 s apart) for three apps, each with a stable
/// and a canary track: <c>healthy</c> (both 0.1% errors), <c>erroring</c> (canary 10% errors) and <c>quiet</c>
/// (canary 0.05 requests/s, too little traffic).
/// </summary>
[Toolkit.Testing.Needs.NeedsService("Prometheus")]
public sealed class CanaryPrometheusFixture : IAsyncLifetime
{
    private PrometheusServer? server;

    public Uri Url => server!.Url;

    public DateTimeOffset End { get; private set; }

    public async Task InitializeAsync()
    {
        var end = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60 * 60) - 120;
        End = DateTimeOffset.FromUnixTimeSeconds(end);
        var start = end - (40 * 60);
        var text = new StringBuilder("# TYPE http_requests counter\n");
        var series = new (string App, string Track, double PerSecond, double ErrorShare)[]
        {
            ("healthy", "stable", 10, 0.001), ("healthy", "canary", 5, 0.001),
            ("erroring", "stable", 10, 0.001), ("erroring", "canary", 5, 0.10),
            ("quiet", "stable", 10, 0.001), ("quiet", "canary", 0.05, 0.001),
        };
        foreach (var (app, track, perSecond, errorShare) in series)
        {
            foreach (var (code, share) in new[] { ("200", 1 - errorShare), ("500", errorShare) })
            {
                for (var t = start; t <= end; t += 15)
                {
                    var value = Math.Floor(perSecond * share * (t - start));
                    text.Append(CultureInfo.InvariantCulture, $"http_requests_total{{app=\"{app}\",track=\"{track}\",code=\"{code}\"}} {value} {t}\n");
                }
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
