namespace Toolkit.Build.Framework;

/// <summary>A finished child process: its exit code and, when captured, its output (stdout then stderr).</summary>
public sealed record ProcessResult(int ExitCode, string Output);
