using System.Globalization;
using System.Text;
using Toolkit.Core.Reporting;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Headroom;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>
/// The gate's PR comment section: the comparison table (worst first), the headroom line, which thresholds failed, and a
/// Mermaid trend chart of the last recorded runs per key benchmark (GitHub renders Mermaid in comments).
/// </summary>
internal static class PerformanceComment
{
    public static string Render(PerformanceReport report, PerformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new StringBuilder("#### Performance\n\n");
        if (report.Baseline.Note is { } note)
        {
            builder.Append("> ").Append(MarkdownText.Escape(note)).Append("\n\n");
        }

        var comparisons = report.Comparison.Comparisons;
        if (comparisons.Count > 0)
        {
            var table = new MarkdownTable("", "Benchmark", "Base", "Head", "Delta", "Test");
            foreach (var row in comparisons)
            {
                table.AddMarkdownRow(
                    row.Regressed ? "❌" : row.Method == ComparisonMethod.New ? "🆕" : "✅",
                    MarkdownText.Code(row.Key),
                    MarkdownText.Escape(Value(row.Base, row.Unit)),
                    MarkdownText.Escape(Value(row.Head, row.Unit)),
                    MarkdownText.Escape(row.DeltaPercent is { } d ? Signed(d) + "%" : "—"),
                    MarkdownText.Escape(Test(row)));
            }

            builder.Append(table.ToMarkdown()).Append('\n');
        }

        foreach (var result in report.Headroom.Results)
        {
            builder.Append(result.Passed ? "✅ " : "❌ ").Append(MarkdownText.Escape(HeadroomLine(result))).Append("\n\n");
        }

        var thresholds = report.Thresholds.Thresholds;
        var failed = thresholds.Where(t => !t.Passed).ToList();
        if (failed.Count > 0)
        {
            builder.Append("Failed thresholds:\n\n");
            foreach (var t in failed)
            {
                builder.Append("- ").Append(MarkdownText.Code(t.Expression, inTable: false))
                    .Append(" — actual ").Append(MarkdownText.Escape(t.Actual is { } a ? Number(a) : "none")).Append('\n');
            }

            builder.Append('\n');
        }
        else if (thresholds.Count > 0)
        {
            builder.Append("All ").Append(thresholds.Count.ToString(CultureInfo.InvariantCulture)).Append(" thresholds held.\n\n");
        }

        builder.Append(TrendChart.Render(report, options));
        return builder.ToString();
    }

    /// <summary>Base, head, delta and the test's result in one sentence.</summary>
    public static string Describe(BenchmarkComparison row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"base {Value(row.Base, row.Unit)}, head {Value(row.Head, row.Unit)} ({(row.DeltaPercent is { } d ? Signed(d) + "%" : "new")}); {row.Explanation}";
    }

    /// <summary>The headroom line: capacity, expected peak, headroom against the target.</summary>
    public static string HeadroomLine(HeadroomResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rule = result.Rule;
        var slo = $"p({Number(rule.Percentile)})<={Number(rule.LatencyMs)}ms, errors<{Number(rule.ErrorRate)}";
        if (result.Headroom is not { } h)
        {
            return $"Headroom {rule.Service}: no load level met the SLO ({slo}); capacity unknown, expected peak {Number(rule.ExpectedPeak)} {rule.Unit}.";
        }

        var bound = result.Saturated ? string.Empty : " (every level met the SLO: capacity is at least this)";
        return $"Headroom {rule.Service}: {Number(h)} (target {Number(rule.Target)}): capacity {Number(result.Capacity)} {rule.Unit}{bound} at {slo}, expected peak {Number(rule.ExpectedPeak)} {rule.Unit}.";
    }

    private static string Test(BenchmarkComparison row) => row.Method switch
    {
        ComparisonMethod.MannWhitney => $"Mann-Whitney {(row.PValue is { } p && p < 0.0001 ? "p<0.0001" : "p=" + Number(row.PValue ?? 1))}, HL shift {Signed(row.ShiftPercent ?? 0)}% (medians, n={row.BaseSamples}/{row.HeadSamples})",
        ComparisonMethod.Percentage => "summary only: % change",
        _ => "new",
    };

    internal static string Value(double? value, string unit) => value is { } v ? Number(v) + (unit.Length > 0 ? " " + unit : string.Empty) : "—";

    internal static string Number(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("#,0.#", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + value.ToString("0.##", CultureInfo.InvariantCulture);
}
