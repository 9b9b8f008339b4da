using Toolkit.Core.Processes;

namespace Toolkit.Gates.Migrations.Git;

/// <summary>Asks git which files a change adds, modifies or deletes (<c>git diff base...HEAD</c>, renames as delete + add).</summary>
internal static class GitChanges
{
    /// <summary>
    /// The changes between the merge base of <paramref name="baseRef"/> and HEAD. The base is resolved to a commit first
    /// (<see cref="Toolkit.Core.Processes.Git.ResolveCommit"/>), so a value such as <c>--output=file</c> is refused,
    /// never read by git as an option that empties the diff.
    /// </summary>
    public static async Task<GitDiffResult> DiffAsync(string repositoryRoot, string baseRef, CancellationToken cancellationToken)
    {
        var resolved = Core.Processes.Git.ResolveCommit(repositoryRoot, baseRef);
        if (resolved.Sha is not { } baseSha)
        {
            return new GitDiffResult([], $"base '{baseRef}': {resolved.Problem}");
        }

        var result = await Core.Processes.Git.RunAsync(repositoryRoot, ["diff", "--name-status", "--no-renames", "-z", $"{baseSha}...HEAD", "--"], cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return new GitDiffResult([], $"git diff {baseRef}...HEAD failed: {result.Error.Trim()}");
        }

        var parts = result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var files = new List<ChangedFile>();
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            files.Add(new ChangedFile(parts[i][0], parts[i + 1]));
        }

        return new GitDiffResult(files, null);
    }
}
