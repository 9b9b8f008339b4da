using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Statuses;

/// <summary>The <see href="https://docs.github.com/rest/commits/statuses">commit statuses</see> API.</summary>
public sealed class StatusesClient(GitHubConnection connection)
{
    /// <summary><see href="https://docs.github.com/rest/commits/statuses#create-a-commit-status">POST /repos/{owner}/{repo}/statuses/{sha}</see>.</summary>
    public async Task<CommitStatus> CreateAsync(GitHubRepository repository, string sha, NewCommitStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Post, $"{repository.Path}/statuses/{Uri.EscapeDataString(sha)}", status,
            GitHubJsonContext.Default.NewCommitStatus, GitHubJsonContext.Default.CommitStatus, cancellationToken).ConfigureAwait(false))!;
    }
}
