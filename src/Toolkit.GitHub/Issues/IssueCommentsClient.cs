using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Issues;

/// <summary>The <see href="https://docs.github.com/rest/issues/comments">issue comments</see> API (pull requests are issues here).</summary>
public sealed class IssueCommentsClient(GitHubConnection connection)
{
    /// <summary><see href="https://docs.github.com/rest/issues/comments#list-issue-comments">GET /repos/{owner}/{repo}/issues/{issue_number}/comments</see>, every page, oldest first.</summary>
    public Task<IReadOnlyList<IssueComment>> ListAsync(GitHubRepository repository, int issueNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return connection.GetAllPagesAsync($"{repository.Path}/issues/{issueNumber}/comments", GitHubJsonContext.Default.ListIssueComment, cancellationToken);
    }

    /// <summary><see href="https://docs.github.com/rest/issues/comments#get-an-issue-comment">GET /repos/{owner}/{repo}/issues/comments/{comment_id}</see>.</summary>
    public async Task<IssueComment> GetAsync(GitHubRepository repository, long commentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Get, $"{repository.Path}/issues/comments/{commentId}",
            GitHubJsonContext.Default.IssueComment, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/issues/comments#create-an-issue-comment">POST /repos/{owner}/{repo}/issues/{issue_number}/comments</see>.</summary>
    public async Task<IssueComment> CreateAsync(GitHubRepository repository, int issueNumber, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Post, $"{repository.Path}/issues/{issueNumber}/comments", new IssueCommentBody(body),
            GitHubJsonContext.Default.IssueCommentBody, GitHubJsonContext.Default.IssueComment, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/issues/comments#update-an-issue-comment">PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}</see>.</summary>
    public async Task<IssueComment> UpdateAsync(GitHubRepository repository, long commentId, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Patch, $"{repository.Path}/issues/comments/{commentId}", new IssueCommentBody(body),
            GitHubJsonContext.Default.IssueCommentBody, GitHubJsonContext.Default.IssueComment, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/issues/comments#delete-an-issue-comment">DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}</see>.</summary>
    public Task DeleteAsync(GitHubRepository repository, long commentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return connection.SendAsync(HttpMethod.Delete, $"{repository.Path}/issues/comments/{commentId}", cancellationToken);
    }
}
