using System.Globalization;
using System.Text;

namespace Toolkit.Gates.Policy.Tests.Alerts.Live;

/// <summary>
/// Four hours of one-minute samples: a worker queue whose depth crosses 5 in bursts (some shorter than `for`, one with a
/// one-minute dip that keep_firing_for bridges), request counters with codes 200 and 500, and the ALERTS series
/// Prometheus would have written for QueueBacklog. The same values feed promtool's input_series.
/// </summary>
internal static class AlertHistoryData
{
    public const int Minutes = 240;

    /// <summary>The alert the tests replay: fires after 3m above 5, and bridges dips shorter than 2m.</summary>
    public const string QueueBacklogRule = """
        groups:
          - name: worker
            rules:
              - alert: QueueBacklog
                expr: queue_depth > 5
                for: 3m
                keep_firing_for: 2m
                labels:
                  severity: warning

        """;

    /// <summary>Minutes (from the start) where each instance's queue depth is 10 instead of 1.</summary>
    public static readonly IReadOnlyDictionary<string, (int From, int To)[]> High = new Dictionary<string, (int, int)[]>
    {
        ["a"] = [(10, 20), (25, 27), (30, 45), (60, 61), (100, 115), (116, 130), (200, 205)],
        ["b"] = [(50, 58), (150, 151), (152, 160)],
    };

    /// <summary>Firing runs of QueueBacklog (for: 3m, keep_firing_for: 2m) worked out by hand from <see cref="High"/>.</summary>
    public static readonly IReadOnlyDictionary<string, (int From, int To)[]> QueueBacklogFiring = new Dictionary<string, (int, int)[]>
    {
        ["a"] = [(13, 22), (33, 47), (103, 132), (203, 207)],
        ["b"] = [(53, 60), (155, 162)],
    };

    public static double QueueDepth(string instance, int minute) => High[instance].Any(r => minute >= r.From && minute < r.To) ? 10 : 1;

    /// <summary>promtool's values notation for one instance, minute 0 to <see cref="Minutes"/>.</summary>
    public static string PromtoolValues(string instance) =>
        string.Join(' ', Enumerable.Range(0, Minutes + 1).Select(m => QueueDepth(instance, m).ToString(CultureInfo.InvariantCulture)));

    public static string OpenMetrics(DateTimeOffset start)
    {
        var text = new StringBuilder();
        var t0 = start.ToUnixTimeSeconds();
        text.Append("# TYPE queue_depth gauge\n");
        foreach (var instance in High.Keys)
        {
            for (var m = 0; m <= Minutes; m++)
            {
                text.Append(CultureInfo.InvariantCulture, $"queue_depth{{instance=\"{instance}\",job=\"worker\"}} {QueueDepth(instance, m)} {t0 + (m * 60)}\n");
            }
        }

        text.Append("# TYPE http_requests counter\n");
        foreach (var code in new[] { "200", "500" })
        {
            for (var m = 0; m <= Minutes; m++)
            {
                text.Append(CultureInfo.InvariantCulture, $"http_requests_total{{code=\"{code}\",job=\"api\"}} {m * (code == "200" ? 100 : 1)} {t0 + (m * 60)}\n");
            }
        }

        text.Append("# TYPE ALERTS gauge\n");
        foreach (var (instance, runs) in QueueBacklogFiring)
        {
            foreach (var m in runs.SelectMany(r => Enumerable.Range(r.From, r.To - r.From)))
            {
                text.Append(CultureInfo.InvariantCulture, $"ALERTS{{alertname=\"QueueBacklog\",alertstate=\"firing\",instance=\"{instance}\",job=\"worker\",severity=\"warning\"}} 1 {t0 + (m * 60)}\n");
            }
        }

        return text.Append("# EOF\n").ToString();
    }
}
