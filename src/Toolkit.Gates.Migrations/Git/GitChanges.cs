using System.Diagnostics;

namespace Toolkit.Gates.Migrations.Git;

/// <summary>Asks git which files a change adds, modifies or deletes (<c>git diff base...HEAD</c>, renames as delete + add).</summary>
public static class GitChanges
{
    /// <summary>The changes between the merge base of <paramref name="baseRef"/> and HEAD.</summary>
    public static async Task<GitDiffResult> DiffAsync(string repositoryRoot, string baseRef, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunAsync(repositoryRoot, ["diff", "--name-status", "--no-renames", "-z", $"{baseRef}...HEAD", "--"], cancellationToken).ConfigureAwait(false);
        if (exit != 0)
        {
            return new GitDiffResult([], $"git diff {baseRef}...HEAD failed: {error.Trim()}");
        }

        var parts = output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var files = new List<ChangedFile>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            files.Add(new ChangedFile(parts[i][0], parts[i + 1]));
        }

        return new GitDiffResult(files, null);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string directory, string[] args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, $"git could not be started ({ex.Message}); install git");
        }
    }
}
