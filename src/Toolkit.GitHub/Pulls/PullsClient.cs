using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Pulls;

/// <summary>The <see href="https://docs.github.com/rest/pulls/pulls">pull requests</see> API.</summary>
public sealed class PullsClient(GitHubConnection connection)
{
    /// <summary><see href="https://docs.github.com/rest/pulls/pulls#get-a-pull-request">GET /repos/{owner}/{repo}/pulls/{pull_number}</see>.</summary>
    public async Task<PullRequest> GetAsync(GitHubRepository repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Get, $"{repository.Path}/pulls/{number}",
            GitHubJsonContext.Default.PullRequest, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/pulls/pulls#list-pull-requests-files">GET /repos/{owner}/{repo}/pulls/{pull_number}/files</see>, every page (GitHub stops at 3000 files).</summary>
    public Task<IReadOnlyList<PullRequestFile>> ListFilesAsync(GitHubRepository repository, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return connection.GetAllPagesAsync($"{repository.Path}/pulls/{number}/files", GitHubJsonContext.Default.ListPullRequestFile, cancellationToken);
    }
}
