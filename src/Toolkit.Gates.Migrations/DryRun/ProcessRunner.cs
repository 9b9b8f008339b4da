using System.Collections.Concurrent;
using System.Diagnostics;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Runs a program to completion and captures its output; never throws for a missing program.</summary>
internal static class ProcessRunner
{
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);
    private static readonly ConcurrentDictionary<Process, bool> Running = new();

    public static void Forget(Process process) => Running.TryRemove(process, out _);

    /// <summary>Kills every program still running from here (initdb, pg_ctl) when the process is being stopped.</summary>
    public static void KillAll()
    {
        foreach (var process in Running.Keys)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited in the meantime.
            }
        }
    }

    /// <summary>Synchronous, bounded run for cleanup paths (process exit) where nothing can be awaited.</summary>
    public static int Run(string program, IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            return process.WaitForExit(StopLimit) ? process.ExitCode : -1;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    public static async Task<(int Exit, string Output)> RunAsync(string program, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            Running[process] = true;
            using var untrack = new Untrack(process);
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A cancelled run must not leave initdb or pg_ctl behind.
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false)));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{program} could not be started: {ex.Message}");
        }
    }
}
