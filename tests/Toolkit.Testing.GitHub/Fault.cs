using System.Globalization;

namespace Toolkit.Testing.GitHub;

/// <summary>A failure the fake answers with instead of serving a request, for requests that match.</summary>
public sealed record Fault(string Name)
{
    public int Status { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? Body { get; init; }

    /// <summary>Hold the answer this long (longer than the client timeout).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the connection without an answer.</summary>
    public bool Drop { get; init; }

    /// <summary>Only requests with this method (any when null).</summary>
    public string? Method { get; init; }

    /// <summary>Only requests whose path contains this (any when null).</summary>
    public string? PathContains { get; init; }

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) &&
        (PathContains is null || path.Contains(PathContains, StringComparison.Ordinal));

    public static Fault ServerError(int status = 500) =>
        new($"{status}") { Status = status, Body = """{"message":"Server Error"}""" };

    public static Fault TooManyRequests(int? retryAfterSeconds) =>
        new("429") { Status = 429, Headers = RetryAfter(retryAfterSeconds), Body = """{"message":"Too many requests"}""" };

    public static Fault SecondaryRateLimit(int? retryAfterSeconds = null) => new("403 secondary")
    {
        Status = 403,
        Headers = RetryAfter(retryAfterSeconds),
        Body = """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}""",
    };

    public static Fault PrimaryRateLimitExhausted(DateTimeOffset reset) => new("403 primary")
    {
        Status = 403,
        Headers = new Dictionary<string, string>
        {
            ["x-ratelimit-limit"] = "5000",
            ["x-ratelimit-remaining"] = "0",
            ["x-ratelimit-used"] = "5000",
            ["x-ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        },
        Body = """{"message":"API rate limit exceeded for installation ID 1.","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}""",
    };

    public static Fault Slow(TimeSpan delay) => new("slow") { Delay = delay };

    public static Fault DroppedConnection() => new("drop") { Drop = true };

    public static Fault IntegrationForbidden() => new("403 integration")
    {
        Status = 403,
        Body = """{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/checks/runs#create-a-check-run"}""",
    };

    public Fault On(string method, string? pathContains = null) => this with { Method = method, PathContains = pathContains };

    private static Dictionary<string, string> RetryAfter(int? seconds) =>
        seconds is { } s ? new() { ["retry-after"] = s.ToString(CultureInfo.InvariantCulture) } : [];
}
