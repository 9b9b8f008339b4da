namespace Toolkit.Build.Framework;

/// <summary>The outcome of a run: every planned task in order, and the exit code the build ends with.</summary>
public sealed record BuildReport(IReadOnlyList<TaskResult> Results, int ExitCode)
{
    /// <summary>The time spent in tasks.</summary>
    public TimeSpan Total => Results.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);
}
