namespace Toolkit.Core.Gates;

/// <summary>One rule a gate reports by: its id (with the gate's prefix), a short title and where it is explained.</summary>
/// <param name="Id">The rule id findings carry, e.g. <c>dr/backup-stale</c>.</param>
/// <param name="Title">A short title for annotations and tables.</param>
/// <param name="HelpUri">The documentation of the rule and its fix.</param>
public sealed record GateRule(string Id, string Title, string HelpUri);
