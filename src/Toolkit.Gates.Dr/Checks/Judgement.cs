using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>What dr-freshness judged: the findings, the metrics and thresholds of every system, and whether any system could not be checked.</summary>
internal sealed record Judgement(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, double> Metrics, IReadOnlyList<ThresholdResult> Thresholds, bool CouldNotEvaluate);
