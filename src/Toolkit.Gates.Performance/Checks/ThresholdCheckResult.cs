using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Every threshold with its actual value, and a finding per failed or uncheckable one.</summary>
internal sealed record ThresholdCheckResult(IReadOnlyList<ThresholdResult> Thresholds, IReadOnlyList<Finding> Findings);
