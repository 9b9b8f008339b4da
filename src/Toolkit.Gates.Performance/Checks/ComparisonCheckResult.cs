using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Comparison;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>The comparison with the base: rows worst first, each compared row as a threshold, and the findings.</summary>
internal sealed record ComparisonCheckResult(IReadOnlyList<BenchmarkComparison> Comparisons, IReadOnlyList<ThresholdResult> Thresholds, IReadOnlyList<Finding> Findings)
{
    /// <summary>Rows that had a base value (new benchmarks are listed, not compared).</summary>
    public int Compared => Comparisons.Count(c => c.Method != ComparisonMethod.New);

    public int Regressions => Comparisons.Count(c => c.Regressed);
}
