using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>Prometheus sends values as strings (<c>"0.5"</c>, <c>"NaN"</c>, <c>"+Inf"</c>); parsed invariantly.</summary>
internal static class PromValues
{
    public static double Parse(string? text) => text switch
    {
        null => double.NaN,
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
    };

    /// <summary>A <c>[unixSeconds, "value"]</c> pair.</summary>
    public static (DateTimeOffset Time, double Value) Pair(JsonElement pair)
    {
        var seconds = pair[0].GetDouble();
        var time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
        return (time, Parse(pair[1].GetString()));
    }

    public static Dictionary<string, string> Labels(JsonElement series)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (series.TryGetProperty("metric", out var metric))
        {
            foreach (var label in metric.EnumerateObject())
            {
                labels[label.Name] = label.Value.GetString() ?? string.Empty;
            }
        }

        return labels;
    }

    public static string Time(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
