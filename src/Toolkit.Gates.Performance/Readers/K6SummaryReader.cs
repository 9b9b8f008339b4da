using System.Text.Json;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>
/// k6 end-of-test summaries: the <c>handleSummary</c> data object (<c>metrics.X.type</c>, <c>values</c>,
/// <c>thresholds: {expr: {ok}}</c>) and the legacy <c>--summary-export</c> file (values inline,
/// <c>thresholds: {expr: bool}</c> where <b>true means the threshold failed</b>).
/// </summary>
internal static class K6SummaryReader
{
    public static ReadOutcome Read(string path, JsonElement root)
    {
        var metrics = new Dictionary<string, K6Metric>(StringComparer.Ordinal);
        var reported = new List<K6ReportedThreshold>();
        foreach (var property in root.GetProperty("metrics").EnumerateObject())
        {
            var body = property.Value;
            if (body.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var modern = body.TryGetProperty("values", out var valuesElement) && valuesElement.ValueKind == JsonValueKind.Object;
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var value in (modern ? valuesElement : body).EnumerateObject())
            {
                if (value.Value.ValueKind == JsonValueKind.Number)
                {
                    values[value.Name] = value.Value.GetDouble();
                }
            }

            var type = JsonFiles.String(body, "type") ?? InferType(values);
            metrics[property.Name] = new K6Metric(property.Name, type, values);
            if (body.TryGetProperty("thresholds", out var thresholds) && thresholds.ValueKind == JsonValueKind.Object)
            {
                foreach (var threshold in thresholds.EnumerateObject())
                {
                    var passed = threshold.Value.ValueKind switch
                    {
                        JsonValueKind.Object => threshold.Value.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True,

                        // Legacy --summary-export: the boolean says whether the threshold was crossed, i.e. failed.
                        JsonValueKind.True => false,
                        _ => true,
                    };
                    reported.Add(new K6ReportedThreshold(property.Name, threshold.Name, passed));
                }
            }
        }

        return ReadOutcome.Ok(new ResultSet { Metrics = metrics, ReportedThresholds = reported, Sources = [path], TestRunSeconds = TestRunSeconds(root, metrics) });
    }

    // handleSummary data records the run's duration; the legacy export does not, but its counters' count/rate give it.
    private static double? TestRunSeconds(JsonElement root, Dictionary<string, K6Metric> metrics)
    {
        if (root.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Object
            && state.TryGetProperty("testRunDurationMs", out var ms) && ms.ValueKind == JsonValueKind.Number
            && ms.GetDouble() is var milliseconds && double.IsFinite(milliseconds) && milliseconds > 0)
        {
            return milliseconds / 1000;
        }

        return metrics.Values
            .Where(m => m.Type == "counter" && m.Values.TryGetValue("count", out var c) && c > 0 && m.Values.TryGetValue("rate", out var r) && r > 0)
            .Select(m => m.Values["count"] / m.Values["rate"])
            .Cast<double?>()
            .FirstOrDefault();
    }

    // The legacy export has no type field; the value names give it away.
    private static string InferType(Dictionary<string, double> values) =>
        values.ContainsKey("passes") || values.ContainsKey("fails") ? "rate"
        : values.ContainsKey("avg") || values.ContainsKey("med") ? "trend"
        : values.ContainsKey("count") ? "counter"
        : "gauge";
}
