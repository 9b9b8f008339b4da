namespace Toolkit.Core.Promotion;

/// <summary>One abort condition that holds: which gate, which condition, and what was seen.</summary>
/// <param name="Key">The gate key.</param>
/// <param name="Condition">The condition that holds (or the gate's verdict, for a failed required gate).</param>
/// <param name="Reason">The rollback reason it gives.</param>
/// <param name="Detail">What was seen, for the operator.</param>
public sealed record AbortBreach(string Key, string Condition, string Reason, string Detail);
