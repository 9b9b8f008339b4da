namespace Toolkit.Gates.Policy.Governance;

/// <summary>What the branch-protection check found: one message per missing gate, notes, or why it could not check.</summary>
internal sealed record BranchProtectionResult(IReadOnlyList<string> Missing, IReadOnlyList<string> Notes, string? Error);
