namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>What the checks against Prometheus found: findings, per-alert noise (by <see cref="AlertRule.Key"/>), and the error that stopped them.</summary>
internal sealed record LiveResult(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, AlertNoise> Noise, string? Error)
{
    public static LiveResult None { get; } = new([], new Dictionary<string, AlertNoise>(), null);
}
