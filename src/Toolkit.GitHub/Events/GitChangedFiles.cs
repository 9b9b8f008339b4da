using System.ComponentModel;
using System.Diagnostics;

namespace Toolkit.GitHub.Events;

/// <summary>
/// Lists the files a change touches with <c>git diff --name-status -z base...head</c>: the three-dot form diffs from
/// the merge base, which is what a PR shows, and <c>-z</c> keeps unusual file names unquoted and unambiguous.
/// </summary>
public static class GitChangedFiles
{
    /// <summary>Lists the files changed from the merge base of <paramref name="baseSha"/> and <paramref name="headSha"/> to the head.</summary>
    /// <param name="repoRoot">A folder inside the git working tree.</param>
    /// <param name="baseSha">The base commit (a SHA or any revision git understands).</param>
    /// <param name="headSha">The head commit.</param>
    public static async Task<ChangedFilesResult> ListAsync(string repoRoot, string baseSha, string headSha, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repoRoot);
        ThrowIfNotRevision(baseSha);
        ThrowIfNotRevision(headSha);

        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repoRoot,
        };
        // -M asks for rename detection whatever the user's diff.renames says; --no-ext-diff keeps external tools out.
        foreach (var argument in (string[])["-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color", $"{baseSha}...{headSha}", "--"])
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("git did not start");
        }
        catch (Win32Exception ex)
        {
            return ChangedFilesResult.Failed($"cannot run git in {repoRoot}: {ex.Message}");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var stdout = await output.ConfigureAwait(false);
            var stderr = await error.ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                // A shallow checkout is the usual cause in CI: the base commit was never fetched.
                return ChangedFilesResult.Failed(
                    $"git diff {baseSha}...{headSha} failed in {repoRoot} (exit {process.ExitCode}): {stderr.Trim()}"
                    + " (in a shallow checkout, fetch the base commit, e.g. actions/checkout with fetch-depth: 0)");
            }

            return ChangedFilesResult.Ok(NameStatusParser.Parse(stdout));
        }
    }

    private static void ThrowIfNotRevision(string revision, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(revision))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revision, name);
        if (revision.StartsWith('-') || revision.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{revision}' is not a single git revision.", name);
        }
    }
}
