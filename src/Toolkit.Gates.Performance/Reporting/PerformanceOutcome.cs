using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>The gate's outcome: findings, metrics and thresholds in a fixed order, and the one-line summary.</summary>
internal static class PerformanceOutcome
{
    public const string BenchmarksMetric = "perf.benchmarks";
    public const string RegressionsMetric = "perf.regressions";

    public static GateOutcome Build(PerformanceReport report, IReadOnlyList<EvidenceItem> evidence, string comment)
    {
        // Thresholds first, then what the comparison found, then headroom: the order readers have always seen.
        List<Finding> findings = [.. report.Thresholds.Findings, .. report.Baseline.Findings, .. report.Comparison.Findings, .. report.Headroom.Findings];
        List<ThresholdResult> thresholds = [.. report.Thresholds.Thresholds, .. report.Comparison.Thresholds, .. report.Headroom.Thresholds];
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [BenchmarksMetric] = report.Head.Values.Count,
            [RegressionsMetric] = report.Comparison.Regressions,
        };
        foreach (var (name, value) in report.Headroom.Metrics)
        {
            metrics[name] = value;
        }

        return new GateOutcome(Summary(report, thresholds))
        {
            Findings = findings,
            Metrics = metrics,
            Thresholds = thresholds,
            Evidence = evidence,
            Details = comment,
        };
    }

    private static string Summary(PerformanceReport report, List<ThresholdResult> thresholds)
    {
        var failedThresholds = thresholds.Count(t => !t.Passed);
        var regressions = (double)report.Comparison.Regressions;
        return $"{report.Comparison.Comparisons.Count} compared, {regressions.ToString(CultureInfo.InvariantCulture)} regressed; {thresholds.Count} thresholds, {failedThresholds} failed"
            + string.Concat(report.Headroom.Results.Select(h => $"; headroom {h.Rule.Service} {(h.Headroom is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "none")}"));
    }
}
