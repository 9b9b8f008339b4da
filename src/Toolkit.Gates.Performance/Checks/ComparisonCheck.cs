using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Reporting;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>
/// The head against the base, benchmark by benchmark (noise-aware on raw samples), plus what the comparison did not
/// cover (benchmarks missing or new) and a changed environment.
/// </summary>
internal static class ComparisonCheck
{
    public static ComparisonCheckResult Run(HistoryEntry? baseEntry, ResultSet head, IReadOnlyList<BenchmarkResult> headBenchmarks, PerformanceOptions options)
    {
        var comparisons = Compare(baseEntry, headBenchmarks, options);
        var findings = new List<Finding>(Coverage.Findings(baseEntry, head, headBenchmarks));
        if (EnvironmentDrift.Describe(baseEntry?.Environment, head.Environment) is { } drift)
        {
            findings.Add(PerformanceRules.EnvironmentChanged.Find(Severity.Warning, drift, new SourceLocation(head.Sources.FirstOrDefault() ?? string.Empty)));
        }

        foreach (var row in comparisons.Where(r => r.Regressed))
        {
            findings.Add(PerformanceRules.Regression.Find(Severity.Error, $"{row.Key} regressed: {PerformanceComment.Describe(row)}", row.Location));
        }

        return new ComparisonCheckResult(comparisons, Thresholds(comparisons, options), findings);
    }

    private static List<BenchmarkComparison> Compare(HistoryEntry? baseEntry, IReadOnlyList<BenchmarkResult> head, PerformanceOptions options)
    {
        if (baseEntry is null)
        {
            return [];
        }

        var baseline = HistoryConversion.ToBenchmarks(baseEntry, "baseline").ToDictionary(b => b.Key, StringComparer.Ordinal);
        return head
            .Select(h => BenchmarkComparer.Compare(baseline.GetValueOrDefault(h.Key), h, options.RuleFor(h.Key)))
            .OrderByDescending(r => r.Regressed)
            .ThenByDescending(r => r.Worsening)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    // Compared rows as thresholds, worst first, so every report shows base vs head without knowing this gate.
    private static List<ThresholdResult> Thresholds(IReadOnlyList<BenchmarkComparison> comparisons, PerformanceOptions options)
    {
        var thresholds = new List<ThresholdResult>();
        foreach (var row in comparisons.Where(r => r.Method != ComparisonMethod.New))
        {
            var rule = options.RuleFor(row.Key);
            var expression = row.Method == ComparisonMethod.MannWhitney
                ? $"{row.Key}: worse<{Pct(rule.MinEffect)} or p>={rule.Alpha.ToString(CultureInfo.InvariantCulture)}"
                : $"{row.Key}: worse<={Pct(rule.MaxRegression)}";
            thresholds.Add(new ThresholdResult(row.Key, expression, Math.Round(row.Worsening, 2), !row.Regressed));
        }

        return thresholds;
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
