using System.Diagnostics;

namespace Toolkit.Gates.Performance;

/// <summary>The one thing the gate asks git: which commit is checked out (for recording the head's results).</summary>
internal static class Git
{
    public static string? Head(string repositoryRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = repositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
