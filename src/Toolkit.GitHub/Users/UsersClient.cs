using Toolkit.GitHub.Http;

namespace Toolkit.GitHub.Users;

/// <summary>The <see href="https://docs.github.com/rest/users/users">users</see> API, for the token's own login.</summary>
public sealed class UsersClient(GitHubConnection connection)
{
    /// <summary>The login GitHub Actions' <c>GITHUB_TOKEN</c> writes comments as.</summary>
    public const string ActionsBotLogin = "github-actions[bot]";

    private string? cachedLogin;

    /// <summary><see href="https://docs.github.com/rest/users/users#get-the-authenticated-user">GET /user</see>.</summary>
    public async Task<GitHubUser> GetAuthenticatedAsync(CancellationToken cancellationToken = default) =>
        (await connection.SendAsync(HttpMethod.Get, "/user", GitHubJsonContext.Default.GitHubUser, cancellationToken).ConfigureAwait(false))!;

    /// <summary>
    /// The login the token acts as, looked up once. Installation tokens (<c>GITHUB_TOKEN</c>) get 403 on <c>/user</c>
    /// and <c>GET /app</c> needs a JWT, so a 403 means <see cref="ActionsBotLogin"/>.
    /// </summary>
    public async Task<string> GetTokenLoginAsync(CancellationToken cancellationToken = default)
    {
        if (cachedLogin is { } known)
        {
            return known;
        }

        try
        {
            cachedLogin = (await GetAuthenticatedAsync(cancellationToken).ConfigureAwait(false)).Login;
        }
        catch (GitHubApiException e) when (e.StatusCode == System.Net.HttpStatusCode.Forbidden && !e.BudgetExhausted)
        {
            cachedLogin = ActionsBotLogin;
        }

        return cachedLogin;
    }

    /// <summary>Sets the login when the caller already knows it, saving the lookup.</summary>
    public void UseKnownLogin(string login)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        cachedLogin = login;
    }
}
