namespace Toolkit.Core.Promotion;

/// <summary>
/// One <c>abort_on</c> entry of a promotion plan: the gate key it reads (<c>slo</c>, <c>perf</c>,
/// <c>supply_chain</c>), the condition as the release contract writes it, and the rollback reason it gives.
/// </summary>
/// <param name="Key">The gate key in aggregate documents.</param>
/// <param name="Condition">The condition, e.g. <c>burn&gt;0</c>, <c>headroom&lt;0.20</c>, <c>attest/sign missing</c>.</param>
/// <param name="Reason">The rollback reason when it holds: <c>slo_breach</c> or <c>gate_fail</c>.</param>
public sealed record AbortCondition(string Key, string Condition, string Reason);
