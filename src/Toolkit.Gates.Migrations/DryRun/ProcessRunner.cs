using System.Diagnostics;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Runs a program to completion and captures its output; never throws for a missing program.</summary>
internal static class ProcessRunner
{
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
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return (process.ExitCode, (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false)));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{program} could not be started: {ex.Message}");
        }
    }
}
