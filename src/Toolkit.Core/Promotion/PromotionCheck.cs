namespace Toolkit.Core.Promotion;

/// <summary>
/// The result of <c>gate promote --check</c> at one step: promote on, or roll back (the ROLLBACK document) with the
/// first reason in contract order (<c>slo_breach</c> before <c>gate_fail</c>) and every breach found.
/// </summary>
/// <param name="Version">The release version, or null.</param>
/// <param name="Step">The canary traffic percentage being checked.</param>
/// <param name="Breaches">Every abort condition that holds; empty to promote on.</param>
public sealed record PromotionCheck(string? Version, int Step, IReadOnlyList<AbortBreach> Breaches)
{
    /// <summary>True when the step must roll back.</summary>
    public bool RollBack => Breaches.Count > 0;

    /// <summary>The rollback reason: <c>slo_breach</c> when the SLO gate breached, else <c>gate_fail</c>; null to promote on.</summary>
    public string? Reason => !RollBack ? null
        : Breaches.Any(b => b.Reason == RollbackReason.SloBreach) ? RollbackReason.SloBreach
        : RollbackReason.GateFail;
}
