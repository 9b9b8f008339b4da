namespace Toolkit.Gates.Performance.Tests.Fakes;

/// <summary>
/// k6's end-of-test sinks (metrics/sink.go), written out plainly over every raw value in memory: what the gate's
/// streaming reader must match exactly. Trend percentiles: sort, i = p * (n - 1), interpolate between floor and ceil.
/// </summary>
internal static class K6SinkReference
{
    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        if (values.Count == 1)
        {
            return values[0];
        }

        var sorted = values.Order().ToArray();
        var i = percent / 100 * (sorted.Length - 1.0);
        var j = sorted[(int)Math.Floor(i)];
        var k = sorted[(int)Math.Ceiling(i)];
        return j + ((k - j) * (i - Math.Floor(i)));
    }

    public static Dictionary<string, double> Trend(IReadOnlyList<double> values, params double[] percentiles)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["avg"] = values.Count == 0 ? 0 : values.Sum() / values.Count,
            ["min"] = values.Count == 0 ? 0 : values.Min(),
            ["max"] = values.Count == 0 ? 0 : values.Max(),
            ["med"] = Percentile(values, 50),
            ["count"] = values.Count,
        };
        foreach (var p in percentiles)
        {
            result[$"p({p.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})"] = Percentile(values, p);
        }

        return result;
    }

    /// <summary>Counter: count is the sum of the values; rate is that sum per second of the run.</summary>
    public static Dictionary<string, double> Counter(IReadOnlyList<double> values, double seconds) =>
        new(StringComparer.Ordinal) { ["count"] = values.Sum(), ["rate"] = values.Sum() / seconds };

    /// <summary>Gauge: the last value; GaugeSink starts Max at 0 and sets Min from the first sample.</summary>
    public static Dictionary<string, double> Gauge(IReadOnlyList<double> values) =>
        new(StringComparer.Ordinal) { ["value"] = values[^1], ["min"] = values.Min(), ["max"] = Math.Max(0, values.Max()) };

    /// <summary>Rate: the share of non-zero values.</summary>
    public static Dictionary<string, double> Rate(IReadOnlyList<double> values) =>
        new(StringComparer.Ordinal)
        {
            ["rate"] = (double)values.Count(v => v != 0) / values.Count,
            ["passes"] = values.Count(v => v != 0),
            ["fails"] = values.Count(v => v == 0),
        };
}
