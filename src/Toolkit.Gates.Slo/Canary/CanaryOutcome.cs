namespace Toolkit.Gates.Slo.Canary;

/// <summary>One canary objective's values and verdict (pass, warn or fail).</summary>
internal sealed record CanaryOutcome(string Path, string Metric, double Canary, double Baseline, string Result, double Weight, double Earned);
