namespace Toolkit.Core.Decisions;

/// <summary>An exception in force: a waived finding, listed so approvers see every one.</summary>
/// <param name="Gate">The gate whose finding was waived (required-check name).</param>
/// <param name="Rule">The waiver's rule, as written (wildcards and all).</param>
/// <param name="Path">The waived finding's file; null when the finding has no location.</param>
/// <param name="Reason">Why the waiver calls the exception acceptable.</param>
/// <param name="Owner">Who answers for the waiver.</param>
/// <param name="Expires">The last day the waiver applies (UTC).</param>
public sealed record DecisionException(string Gate, string Rule, string? Path, string Reason, string Owner, DateOnly Expires);
