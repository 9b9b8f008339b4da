using System.Globalization;
using System.Text;

namespace Toolkit.Gates.Slo.Tests.Fixtures;

/// <summary>
/// OpenMetrics text for the scenarios, one <c>service</c> label each: request counters at 2-minute resolution over
/// 3.5 days ending at <see cref="End"/>, plus a latency gauge.
/// </summary>
internal static class SyntheticSeries
{
    public const int StepSeconds = 120;
    public const double RequestsPerStep = 1200;

    /// <summary>Error ratio per scenario as a function of age (seconds before the end).</summary>
    public static IReadOnlyList<(string Service, string? Track, Func<long, double> ErrorRatio)> Scenarios { get; } =
    [
        ("healthy", null, _ => 0.0005),
        ("fastburn", null, age => age < 3600 ? 0.2 : 0.0005),
        ("slowburn", null, _ => 0.0015),
        ("shop", "stable", _ => 0.001),
        ("shop", "canary", _ => 0.005),
    ];

    public static string Generate(long end)
    {
        var text = new StringBuilder();
        text.Append("# HELP http_requests Requests served.\n# TYPE http_requests counter\n");
        var span = (long)TimeSpan.FromDays(3.5).TotalSeconds;
        foreach (var (service, track, ratio) in Scenarios)
        {
            var trackLabel = track is null ? string.Empty : $",track=\"{track}\"";
            foreach (var code in new[] { "200", "500" })
            {
                var value = 0.0;
                for (var t = end - span; t <= end; t += StepSeconds)
                {
                    var errors = RequestsPerStep * ratio(end - t);
                    value += code == "500" ? errors : RequestsPerStep - errors;
                    text.Append(CultureInfo.InvariantCulture, $"http_requests_total{{code=\"{code}\",service=\"{service}\"{trackLabel}}} {value:0.###} {t}\n");
                }
            }
        }

        // A service that has never failed: no 5xx series at all (zero errors, not missing data).
        var quiet = 0.0;
        for (var t = end - span; t <= end; t += StepSeconds)
        {
            quiet += RequestsPerStep;
            text.Append(CultureInfo.InvariantCulture, $"http_requests_total{{code=\"200\",service=\"quiet\"}} {quiet:0.###} {t}\n");
        }

        text.Append("# HELP http_request_duration_p95_seconds Precomputed p95 latency.\n# TYPE http_request_duration_p95_seconds gauge\n");
        foreach (var (service, seconds) in new[] { ("healthy", 0.127), ("slowburn", 0.240) })
        {
            for (var t = end - 7200; t <= end; t += StepSeconds)
            {
                text.Append(CultureInfo.InvariantCulture, $"http_request_duration_p95_seconds{{service=\"{service}\"}} {seconds} {t}\n");
            }
        }

        text.Append("# EOF\n");
        return text.ToString();
    }
}
