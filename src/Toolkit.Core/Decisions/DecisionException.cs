namespace Toolkit.Core.Decisions;

/// <summary>An exception in force: a waived finding, listed so approvers see every one.</summary>
public sealed record DecisionException(string Gate, string Rule, string? Path, string Reason, string Owner, DateOnly Expires);
