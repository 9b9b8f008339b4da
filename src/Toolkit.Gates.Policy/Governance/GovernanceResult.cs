namespace Toolkit.Gates.Policy.Governance;

/// <summary>Governance findings, or why governance could not be evaluated (fail closed).</summary>
internal sealed record GovernanceResult(IReadOnlyList<Finding> Findings, string? Error, IReadOnlyList<string> Notes);
