using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Checks;

/// <summary>The <see href="https://docs.github.com/rest/checks/runs">check runs</see> API.</summary>
public sealed class ChecksClient(GitHubConnection connection)
{
    /// <summary><see href="https://docs.github.com/rest/checks/runs#create-a-check-run">POST /repos/{owner}/{repo}/check-runs</see>.</summary>
    public async Task<CheckRun> CreateAsync(GitHubRepository repository, NewCheckRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Post, $"{repository.Path}/check-runs", run,
            GitHubJsonContext.Default.NewCheckRun, GitHubJsonContext.Default.CheckRun, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/checks/runs#update-a-check-run">PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}</see>.</summary>
    public async Task<CheckRun> UpdateAsync(GitHubRepository repository, long checkRunId, CheckRunUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Patch, $"{repository.Path}/check-runs/{checkRunId}", update,
            GitHubJsonContext.Default.CheckRunUpdate, GitHubJsonContext.Default.CheckRun, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>
    /// <see href="https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference">GET /repos/{owner}/{repo}/commits/{ref}/check-runs?check_name=</see>,
    /// every page, newest first as GitHub orders them.
    /// </summary>
    public Task<IReadOnlyList<CheckRun>> ListForRefAsync(GitHubRepository repository, string gitRef, string? checkName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var query = checkName is null ? string.Empty : "?check_name=" + Uri.EscapeDataString(checkName);
        return connection.GetAllPagesAsync($"{repository.Path}/commits/{Uri.EscapeDataString(gitRef)}/check-runs{query}",
            GitHubJsonContext.Default.CheckRunList, page => page.CheckRuns, cancellationToken);
    }
}
