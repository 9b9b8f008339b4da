namespace Toolkit.Build.Framework;

/// <summary>The tasks to run for a target, dependencies first, or why there are none.</summary>
/// <param name="Tasks">Every task the target needs, each once, in the order to run them.</param>
/// <param name="Error">Why the target cannot run (unknown target, cycle, unknown dependency); null when it can.</param>
public sealed record TaskPlan(IReadOnlyList<TaskDefinition> Tasks, string? Error)
{
    /// <summary>True when the plan can run.</summary>
    public bool IsValid => Error is null;

    /// <summary>A plan that cannot run.</summary>
    public static TaskPlan Invalid(string error) => new([], error);
}
