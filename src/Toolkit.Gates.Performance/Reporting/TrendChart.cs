using System.Globalization;
using System.Text;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Comparison;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>The Mermaid <c>xychart-beta</c> trend of the last recorded runs plus the head, one chart per key benchmark.</summary>
internal static class TrendChart
{
    private const int MaxCharts = 5;

    public static string Render(PerformanceReport report, PerformanceOptions options)
    {
        var runs = report.Baseline.History.TakeLast(options.TrendLength - 1).Append(report.Head).ToList();
        if (runs.Count < 2)
        {
            return string.Empty;
        }

        var keys = options.KeyBenchmarks.Count > 0
            ? options.KeyBenchmarks
            : report.Comparison.Comparisons.Where(c => c.Method != ComparisonMethod.New).Select(c => c.Key).Take(MaxCharts).ToList();
        var builder = new StringBuilder();
        foreach (var key in keys.Take(MaxCharts))
        {
            var points = runs.Where(r => r.Values.ContainsKey(key)).ToList();
            if (points.Count < 2)
            {
                continue;
            }

            var unit = points[^1].Values[key].Unit;
            builder.Append("```mermaid\nxychart-beta\n")
                .Append("    title \"").Append(Quote(key)).Append("\"\n")
                .Append("    x-axis [").Append(string.Join(", ", points.Select((r, i) => "\"" + Label(r, i == points.Count - 1 && ReferenceEquals(r, report.Head)) + "\""))).Append("]\n")
                .Append("    y-axis \"").Append(Quote(unit.Length > 0 ? unit : "value")).Append("\"\n")
                .Append("    line [").Append(string.Join(", ", points.Select(r => r.Values[key].Value.ToString("0.###", CultureInfo.InvariantCulture)))).Append("]\n")
                .Append("```\n\n");
        }

        return builder.Length == 0 ? string.Empty : $"Trend of the last {runs.Count} runs:\n\n" + builder;
    }

    private static string Label(HistoryEntry entry, bool isHead) =>
        isHead ? "head" : Quote(entry.Commit.Length > 7 ? entry.Commit[..7] : entry.Commit);

    // Mermaid strings cannot hold a double quote or a line break; backticks would end the fence.
    private static string Quote(string text) => text.Replace('"', '\'').Replace('`', '\'').ReplaceLineEndings(" ");
}
