namespace Toolkit.Gates.Slo.Canary;

/// <summary>The canary comparison: every objective and the weighted score (0-100).</summary>
internal sealed record CanaryResult(IReadOnlyList<CanaryOutcome> Outcomes, double Score, string Verdict);
