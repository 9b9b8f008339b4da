namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>The replayed noise of the head's alerts and, in a pull request, of the base's.</summary>
/// <param name="Head">Per alert (by <see cref="AlertRule.Key"/>) of the head.</param>
/// <param name="HeadRules">The head's alerts.</param>
/// <param name="Base">Per alert of the base; null without a base.</param>
/// <param name="BaseRules">The base's alerts (empty without a base).</param>
/// <param name="BaseRef">The base revision, as given.</param>
internal sealed record NoiseReport(IReadOnlyDictionary<string, AlertNoise> Head, IReadOnlyList<AlertRule> HeadRules, IReadOnlyDictionary<string, AlertNoise>? Base, IReadOnlyList<AlertRule> BaseRules, string? BaseRef)
{
    public double HeadPerDay => Math.Round(HeadRules.Sum(r => Head.GetValueOrDefault(r.Key)?.PerDay ?? 0), 2);

    public double? BasePerDay => Base is null ? null : Math.Round(BaseRules.Sum(r => Base.GetValueOrDefault(r.Key)?.PerDay ?? 0), 2);

    /// <summary>Percent change of total firings per day from base to head (negative: quieter); null without a base or when the base never fired.</summary>
    public double? ChangePct => BasePerDay is { } before && before > 0 ? Math.Round(100 * (HeadPerDay - before) / before, 1) : null;
}
