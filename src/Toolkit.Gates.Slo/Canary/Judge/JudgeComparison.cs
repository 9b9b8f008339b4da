namespace Toolkit.Gates.Slo.Canary.Judge;

/// <summary>One metric compared between canary and baseline over the window.</summary>
/// <param name="Metric">error_rate or p95_ms.</param>
/// <param name="Canary">The canary's value over the whole window.</param>
/// <param name="Baseline">The baseline's value over the whole window.</param>
/// <param name="PValue">One-sided Mann-Whitney U p-value (canary worse) over the per-step samples.</param>
/// <param name="Effect">Hodges-Lehmann shift of canary over baseline (absolute for error_rate, relative for latency).</param>
/// <param name="Result">pass or fail.</param>
internal sealed record JudgeComparison(string Metric, double Canary, double Baseline, double PValue, double Effect, string Result);
