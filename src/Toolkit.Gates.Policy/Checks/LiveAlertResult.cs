using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>What the checks against Prometheus found, and the replayed noise (null when they did not run or failed).</summary>
internal sealed record LiveAlertResult(IReadOnlyList<Finding> Findings, IReadOnlyList<string> Problems, NoiseReport? Noise)
{
    public static LiveAlertResult None { get; } = new([], [], null);

    public CheckResult AsCheck() => new(Findings, Problems);
}
