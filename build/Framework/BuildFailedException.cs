namespace Toolkit.Build.Framework;

/// <summary>
/// An expected failure (a tool exited with an error, a prerequisite is missing): the runner prints the message without a
/// stack trace and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class BuildFailedException : Exception
{
    /// <summary>Creates a failure that exits with code 1.</summary>
    public BuildFailedException(string message)
        : this(message, BuildExitCodes.TaskFailed)
    {
    }

    /// <summary>Creates a failure with its own exit code (2 when the user must fix the environment or the command).</summary>
    public BuildFailedException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    /// <summary>Creates a failure that exits with code 1.</summary>
    public BuildFailedException()
        : this("The build failed.")
    {
    }

    /// <summary>Creates a failure that exits with code 1 and keeps its cause.</summary>
    public BuildFailedException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = BuildExitCodes.TaskFailed;

    /// <summary>The process exit code this failure leads to.</summary>
    public int ExitCode { get; }
}
