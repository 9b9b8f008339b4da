using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Headroom;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Each service's headroom, as thresholds and <c>headroom.&lt;service&gt;</c> metrics, a finding per miss, or why it could not be measured.</summary>
internal sealed record HeadroomCheckResult(
    IReadOnlyList<HeadroomResult> Results,
    IReadOnlyList<ThresholdResult> Thresholds,
    IReadOnlyList<KeyValuePair<string, double>> Metrics,
    IReadOnlyList<Finding> Findings,
    Unevaluable? Failure = null)
{
    public static HeadroomCheckResult Failed(string message, SourceLocation? location) => new([], [], [], [], new Unevaluable(message, location));
}
