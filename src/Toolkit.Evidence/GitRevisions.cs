using Toolkit.Core.Processes;

namespace Toolkit.Evidence;

/// <summary>The two questions the commit range asks git. No git, or not a repository, is an answer of null.</summary>
internal static class GitRevisions
{
    /// <summary>The full commit sha <paramref name="revision"/> names, or null.</summary>
    public static string? Commit(string repositoryRoot, string revision) => Git.ResolveCommit(repositoryRoot, revision).Sha;

    /// <summary>The nearest tag reachable from the parent of <paramref name="commit"/> (the previous release), or null.</summary>
    public static string? PreviousTag(string repositoryRoot, string commit)
    {
        if (Git.RevisionProblem(commit) is not null)
        {
            return null;
        }

        var result = Git.Run(repositoryRoot, ["describe", "--tags", "--abbrev=0", "--end-of-options", commit + "^"]);
        var tag = result.Output.Trim();
        return result.Succeeded && tag.Length > 0 ? tag : null;
    }
}
