using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>One canary comparison: a metric (<c>error_rate</c>, <c>p95_ms</c> ...), pass and warning criteria, weight.</summary>
internal sealed record CanaryObjective(string Metric, RelativeCriterion Pass, SourceLocation Location)
{
    public RelativeCriterion? Warning { get; init; }

    /// <summary>The default value is 1.</summary>
    public double Weight { get; init; } = 1;
}
