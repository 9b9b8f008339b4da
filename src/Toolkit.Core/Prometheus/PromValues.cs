using System.Globalization;
using System.Text.Json;

namespace Toolkit.Core.Prometheus;

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

    /// <summary>A <c>[unixSeconds, "value"]</c> pair; false when the element is not one.</summary>
    public static bool TryPair(JsonElement pair, out DateTimeOffset time, out double value)
    {
        time = default;
        value = double.NaN;
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || pair[0].ValueKind != JsonValueKind.Number || pair[1].ValueKind != JsonValueKind.String)
        {
            return false;
        }

        time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(pair[0].GetDouble() * 1000));
        value = Parse(pair[1].GetString());
        return true;
    }

    public static Dictionary<string, string> Labels(JsonElement series) =>
        series.ValueKind == JsonValueKind.Object && series.TryGetProperty("metric", out var metric) ? LabelObject(metric) : new Dictionary<string, string>(StringComparer.Ordinal);

    public static Dictionary<string, string> LabelObject(JsonElement labels)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels.ValueKind == JsonValueKind.Object)
        {
            foreach (var label in labels.EnumerateObject())
            {
                map[label.Name] = label.Value.ValueKind == JsonValueKind.String ? label.Value.GetString() ?? string.Empty : label.Value.ToString();
            }
        }

        return map;
    }

    public static string Time(DateTimeOffset time) =>
        (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
