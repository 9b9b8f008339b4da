namespace Toolkit.Core.Processes;

/// <summary>One git run: exit code (-1 when git could not be started) and both outputs.</summary>
/// <param name="ExitCode">git's exit code; -1 when git is not installed or could not start.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error, or why git could not start.</param>
public sealed record GitResult(int ExitCode, string Output, string Error)
{
    /// <summary>Whether git ran and exited 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
