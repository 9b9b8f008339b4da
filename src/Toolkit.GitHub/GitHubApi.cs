namespace Toolkit.GitHub;

/// <summary>Constants of GitHub's REST API contract.</summary>
public static class GitHubApi
{
    /// <summary>The REST API version this client is written against (sent as <c>X-GitHub-Api-Version</c>).</summary>
    public const string Version = "2022-11-28";

    /// <summary>The media type GitHub recommends (<c>Accept</c>).</summary>
    public const string MediaType = "application/vnd.github+json";

    /// <summary>github.com's API; GitHub Enterprise Server uses <c>https://HOST/api/v3</c> (from <c>GITHUB_API_URL</c>).</summary>
    public const string DefaultBaseUrl = "https://api.github.com";
}
