using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Rulesets;

/// <summary>The <see href="https://docs.github.com/rest/repos/rules">repository rulesets</see> API.</summary>
public sealed class RulesetsClient(GitHubConnection connection)
{
    /// <summary>
    /// <see href="https://docs.github.com/rest/repos/rules#get-all-repository-rulesets">GET /repos/{owner}/{repo}/rulesets</see>,
    /// every page, this repository's own rulesets only (<c>includes_parents=false</c>).
    /// </summary>
    public Task<IReadOnlyList<Ruleset>> ListAsync(GitHubRepository repository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return connection.GetAllPagesAsync($"{repository.Path}/rulesets?includes_parents=false", GitHubJsonContext.Default.ListRuleset, cancellationToken);
    }

    /// <summary><see href="https://docs.github.com/rest/repos/rules#get-a-repository-ruleset">GET /repos/{owner}/{repo}/rulesets/{ruleset_id}</see>.</summary>
    public async Task<Ruleset> GetAsync(GitHubRepository repository, long rulesetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Get, $"{repository.Path}/rulesets/{rulesetId}",
            GitHubJsonContext.Default.Ruleset, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/repos/rules#create-a-repository-ruleset">POST /repos/{owner}/{repo}/rulesets</see>.</summary>
    public async Task<Ruleset> CreateAsync(GitHubRepository repository, RulesetRequest ruleset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Post, $"{repository.Path}/rulesets", ruleset,
            GitHubJsonContext.Default.RulesetRequest, GitHubJsonContext.Default.Ruleset, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary><see href="https://docs.github.com/rest/repos/rules#update-a-repository-ruleset">PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}</see>.</summary>
    public async Task<Ruleset> UpdateAsync(GitHubRepository repository, long rulesetId, RulesetRequest ruleset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return (await connection.SendAsync(HttpMethod.Put, $"{repository.Path}/rulesets/{rulesetId}", ruleset,
            GitHubJsonContext.Default.RulesetRequest, GitHubJsonContext.Default.Ruleset, cancellationToken).ConfigureAwait(false))!;
    }
}
