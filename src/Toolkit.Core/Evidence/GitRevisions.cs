using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Toolkit.Core.Evidence;

/// <summary>The two questions the commit range asks git. No git, or not a repository, is an answer of null.</summary>
internal static class GitRevisions
{
    /// <summary>The full commit sha <paramref name="revision"/> names, or null.</summary>
    public static string? Commit(string repositoryRoot, string revision) =>
        Run(repositoryRoot, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");

    /// <summary>The nearest tag reachable from the parent of <paramref name="commit"/> (the previous release), or null.</summary>
    public static string? PreviousTag(string repositoryRoot, string commit) =>
        Run(repositoryRoot, "describe", "--tags", "--abbrev=0", "--end-of-options", commit + "^");

    private static string? Run(string repositoryRoot, params string[] args)
    {
        if (!Directory.Exists(repositoryRoot))
        {
            return null;
        }

        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
