using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.DependencyGraph;

/// <summary>The <see href="https://docs.github.com/rest/dependency-graph/dependency-review">dependency review</see> API.</summary>
public sealed class DependencyGraphClient(GitHubConnection connection)
{
    /// <summary>
    /// <see href="https://docs.github.com/rest/dependency-graph/dependency-review#get-a-diff-of-the-dependencies-between-commits">GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}</see>:
    /// the dependencies added and removed between two commits (GitHub compares from their merge base).
    /// </summary>
    public async Task<IReadOnlyList<DependencyGraphChange>> CompareAsync(GitHubRepository repository, string baseCommit, string headCommit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentException.ThrowIfNullOrEmpty(baseCommit);
        ArgumentException.ThrowIfNullOrEmpty(headCommit);
        var basehead = Uri.EscapeDataString(baseCommit) + "..." + Uri.EscapeDataString(headCommit);
        return await connection.SendAsync(HttpMethod.Get, $"{repository.Path}/dependency-graph/compare/{basehead}",
            GitHubJsonContext.Default.ListDependencyGraphChange, cancellationToken).ConfigureAwait(false) ?? [];
    }
}
