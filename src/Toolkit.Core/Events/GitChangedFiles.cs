using Toolkit.Core.Processes;

namespace Toolkit.Core.Events;

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

        // Both ends are resolved to commits first, so nothing from an event payload is ever read by git as an option.
        var from = Git.ResolveCommit(repoRoot, baseSha);
        var to = Git.ResolveCommit(repoRoot, headSha);
        if (from.Sha is null || to.Sha is null)
        {
            var (which, problem) = from.Sha is null ? ("base", from.Problem) : ("head", to.Problem);
            return ChangedFilesResult.Failed($"cannot diff {baseSha}...{headSha} in {repoRoot}: the {which} {problem}");
        }

        // -M asks for rename detection whatever the user's diff.renames says; --no-ext-diff keeps external tools out.
        var result = await Git.RunAsync(
            repoRoot, ["-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "--no-ext-diff", "--no-color", $"{from.Sha}...{to.Sha}", "--"], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode < 0)
        {
            return ChangedFilesResult.Failed($"cannot run git in {repoRoot}: {result.Error}");
        }

        if (!result.Succeeded)
        {
            // A shallow checkout is the usual cause in CI: the base commit was never fetched.
            return ChangedFilesResult.Failed(
                $"git diff {baseSha}...{headSha} failed in {repoRoot} (exit {result.ExitCode}): {result.Error.Trim()}"
                + " (in a shallow checkout, fetch the base commit, e.g. actions/checkout with fetch-depth: 0)");
        }

        return ChangedFilesResult.Ok(NameStatusParser.Parse(result.Output));
    }
}
