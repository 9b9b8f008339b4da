using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Checks;

namespace Toolkit.Gates.Performance.Reporting;

/// <summary>What the checks returned, together: what the outcome, the PR comment and the evidence are made from.</summary>
/// <param name="Baseline">The base, the store's history and the note about the base.</param>
/// <param name="Thresholds">The configured and k6-evaluated thresholds.</param>
/// <param name="Comparison">The comparison with the base, worst first.</param>
/// <param name="Headroom">Capacity headroom per service.</param>
/// <param name="Head">The head run as the store records it.</param>
internal sealed record PerformanceReport(
    BaselineResolution Baseline, ThresholdCheckResult Thresholds, ComparisonCheckResult Comparison, HeadroomCheckResult Headroom, HistoryEntry Head);
