namespace Toolkit.Build.Framework;

/// <summary>The parsed command line, or every problem with it.</summary>
/// <param name="Value">The arguments; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, one sentence each.</param>
public sealed record ArgumentsResult(BuildArguments? Value, IReadOnlyList<string> Errors);
