using System.Globalization;
using Toolkit.Core.Runtime;

namespace Toolkit.GitHub;

/// <summary>
/// How the client reaches GitHub: where, with which token, and how long it may wait in total for rate limits and
/// outages. Built from the Actions environment with <see cref="FromEnvironment"/>.
/// </summary>
public sealed record GitHubClientOptions
{
    /// <summary>The REST API root. <value>The default value is <c>https://api.github.com</c>; GHES uses <c>https://HOST/api/v3</c>.</value></summary>
    public Uri BaseUrl { get; init; } = new(GitHubApi.DefaultBaseUrl);

    /// <summary>The token sent as <c>Authorization: Bearer</c>. Never printed: <see cref="ToString"/> redacts it.</summary>
    public string? Token { get; init; }

    /// <summary>The total time every retry wait of one request may add up to. <value>The default value is 5 minutes.</value></summary>
    public TimeSpan TotalRetryBudget { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one HTTP attempt may take (real time). <value>The default value is 30 seconds.</value></summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first delay of the jittered exponential backoff for 5xx and connection failures. <value>The default value is 1 second.</value></summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest single backoff delay for 5xx and connection failures. <value>The default value is 1 minute.</value></summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait after a secondary rate limit without <c>retry-after</c>, as GitHub documents. <value>The default value is 1 minute.</value></summary>
    public TimeSpan SecondaryRateLimitDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>An upper bound on attempts; the budget normally stops retries first. <value>The default value is 20.</value></summary>
    public int MaxRetryAttempts { get; init; } = 20;

    /// <summary>The clock retry waits run on; tests inject one that advances instantly. <value>The default value is <see cref="TimeProvider.System"/>.</value></summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The <c>User-Agent</c> sent with every request.</summary>
    public string UserAgent { get; init; } = "toolkit-gate/" + ToolkitInfo.Version;

    /// <summary>Options from <c>GITHUB_API_URL</c> and <c>GITHUB_TOKEN</c>; an explicit token wins over the environment.</summary>
    public static GitHubClientOptions FromEnvironment(RunEnvironment environment, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var url = environment.Get("GITHUB_API_URL");
        return new GitHubClientOptions
        {
            BaseUrl = url is null ? new Uri(GitHubApi.DefaultBaseUrl) : new Uri(url, UriKind.Absolute),
            Token = string.IsNullOrEmpty(token) ? environment.Get("GITHUB_TOKEN") : token,
        };
    }

    /// <summary>Every problem in one message, or null when the options are usable.</summary>
    public string? Validate()
    {
        var problems = new List<string>();
        if (!BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttps && BaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"BaseUrl must be an absolute http(s) URL, got '{BaseUrl}'");
        }

        if (TotalRetryBudget < TimeSpan.Zero)
        {
            problems.Add("TotalRetryBudget must not be negative");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add("RequestTimeout must be positive");
        }

        if (MaxRetryAttempts < 0)
        {
            problems.Add("MaxRetryAttempts must not be negative");
        }

        return problems.Count == 0 ? null : "Invalid GitHub client options: " + string.Join("; ", problems) + ".";
    }

    /// <summary>Redacts the token: only whether one is set is shown.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"GitHubClientOptions {{ BaseUrl = {BaseUrl}, Token = {(string.IsNullOrEmpty(Token) ? "(none)" : "***")}, TotalRetryBudget = {TotalRetryBudget}, RequestTimeout = {RequestTimeout} }}");
}
