using System.ComponentModel;
using System.Diagnostics;

namespace Toolkit.Build.Framework;

/// <summary>
/// Starts tools the way a build log needs them: the command line before, the exit code and elapsed time after, and the
/// child's output streamed as it comes.
/// </summary>
/// <param name="workingDirectory">Where every tool runs (the repository root).</param>
/// <param name="output">Where the command lines and timings go.</param>
public sealed class ProcessRunner(string workingDirectory, TextWriter output, TimeProvider time)
{
    private readonly Dictionary<string, string> environment = [];

    /// <summary>A runner that also sets <paramref name="name"/> in the children's environment (ours is left alone).</summary>
    public ProcessRunner WithEnvironment(string name, string value)
    {
        var runner = new ProcessRunner(workingDirectory, output, time);
        foreach (var (key, existing) in environment)
        {
            runner.environment[key] = existing;
        }

        runner.environment[name] = value;
        return runner;
    }

    /// <summary>Runs a tool and fails the task ("dotnet test exited with code 1") when it exits with an error.</summary>
    public void Run(string tool, params IReadOnlyList<string> args)
    {
        var exitCode = RunUnchecked(tool, args);
        if (exitCode != 0)
        {
            throw new BuildFailedException($"{Describe(tool, args)} exited with code {exitCode}.");
        }
    }

    /// <summary>Runs a tool and returns its exit code, for callers that read results even when it fails.</summary>
    public int RunUnchecked(string tool, params IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        output.WriteLine($"> {tool} {string.Join(' ', args.Select(Quote))}");
        output.Flush();
        var started = time.GetTimestamp();

        // The child inherits our stdout and stderr rather than a pipe: its output streams live with its own colours, and
        // the build never waits on a pipe that a lingering grandchild (an msbuild node, the compiler server) holds open.
        using var process = Start(Info(tool, args, redirect: false));
        process.WaitForExit();
        output.WriteLine($"< {Describe(tool, args)}: exit code {process.ExitCode} after {SummaryTable.Format(time.GetElapsedTime(started))}");
        return process.ExitCode;
    }

    /// <summary>Runs a tool quietly and returns what it printed, for smoke checks whose output is noise when they pass.</summary>
    public ProcessResult Capture(string tool, params IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var process = Start(Info(tool, args, redirect: true));
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    private ProcessStartInfo Info(string tool, IReadOnlyList<string> args, bool redirect)
    {
        var info = new ProcessStartInfo(tool)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }

    private static Process Start(ProcessStartInfo info)
    {
        try
        {
            return Process.Start(info) ?? throw new BuildFailedException($"{info.FileName} did not start.");
        }
        catch (Win32Exception)
        {
            throw new BuildFailedException($"{info.FileName} was not found; is it installed and on PATH?");
        }
    }

    // "dotnet test", not the whole command line: the failure message names the step, the log above has the details.
    private static string Describe(string tool, IReadOnlyList<string> args) =>
        args.Count > 0 && args[0].Length > 0 && args[0].All(c => char.IsAsciiLetterLower(c) || c == '-')
            ? $"{Path.GetFileName(tool)} {args[0]}"
            : Path.GetFileName(tool);

    private static string Quote(string arg) => arg.Length == 0 || arg.Contains(' ', StringComparison.Ordinal) ? $"\"{arg}\"" : arg;
}
