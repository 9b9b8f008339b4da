namespace Toolkit.Build.Framework;

/// <summary>How a planned task ended.</summary>
public enum TaskOutcome
{
    /// <summary>The task ran and succeeded.</summary>
    Succeeded,

    /// <summary>The task ran and failed.</summary>
    Failed,

    /// <summary>An earlier task failed, so this one did not run.</summary>
    NotRun,
}
