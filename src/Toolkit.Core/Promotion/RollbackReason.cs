namespace Toolkit.Core.Promotion;

/// <summary>Why a promotion step rolls back, as the ROLLBACK document names it.</summary>
public static class RollbackReason
{
    /// <summary>A required gate failed, could not evaluate, or has no verdict; or a non-SLO abort condition holds.</summary>
    public const string GateFail = "gate_fail";

    /// <summary>The SLO gate reports error-budget burn, or failed.</summary>
    public const string SloBreach = "slo_breach";
}
