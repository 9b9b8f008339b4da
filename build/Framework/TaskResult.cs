namespace Toolkit.Build.Framework;

/// <summary>One row of the summary: a planned task, how it ended and how long it took.</summary>
public sealed record TaskResult(string Name, TaskOutcome Outcome, TimeSpan Duration);
