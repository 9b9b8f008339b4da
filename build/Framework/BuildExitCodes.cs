namespace Toolkit.Build.Framework;

/// <summary>The build program's exit codes, the same as the <c>gate</c> command's.</summary>
public static class BuildExitCodes
{
    /// <summary>Every task succeeded.</summary>
    public const int Success = 0;

    /// <summary>A task failed.</summary>
    public const int TaskFailed = 1;

    /// <summary>The command line, the task graph or the machine needs fixing before the build can run.</summary>
    public const int UsageError = 2;
}
