using System.Globalization;
using System.Net;

namespace Toolkit.GitHub;

/// <summary>
/// GitHub answered with a non-success status, or the retry budget ran out. Carries GitHub's <c>message</c> and
/// <c>documentation_url</c>; never the token.
/// </summary>
public sealed class GitHubApiException : Exception
{
    public GitHubApiException()
    {
    }

    public GitHubApiException(string message)
        : base(message)
    {
    }

    public GitHubApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal GitHubApiException(string message, HttpStatusCode? statusCode, string method, string path, GitHubErrorBody? body, Exception? inner = null)
        : base(message, inner)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        GitHubMessage = body?.Message;
        DocumentationUrl = body?.DocumentationUrl;
        Errors = body?.Errors ?? [];
    }

    /// <summary>The HTTP status, or null when no answer came (connection failures, timeouts).</summary>
    public HttpStatusCode? StatusCode { get; }

    public string Method { get; } = string.Empty;

    /// <summary>The request path without query or host.</summary>
    public string Path { get; } = string.Empty;

    /// <summary>GitHub's <c>message</c>, e.g. <c>Resource not accessible by integration</c>.</summary>
    public string? GitHubMessage { get; }

    public string? DocumentationUrl { get; }

    public IReadOnlyList<GitHubError> Errors { get; } = [];

    /// <summary>True when retries stopped because the next wait would exceed the total retry budget.</summary>
    public bool BudgetExhausted { get; init; }

    /// <summary>
    /// True for <c>403 Resource not accessible by integration</c>: the token may read but not write (fork pull requests,
    /// Dependabot, missing <c>permissions:</c>). Callers degrade instead of failing.
    /// </summary>
    public bool IsIntegrationForbidden =>
        StatusCode == HttpStatusCode.Forbidden &&
        GitHubMessage?.Contains("Resource not accessible by integration", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The same as <see cref="IsIntegrationForbidden"/>, named for what it usually means in CI.</summary>
    public bool IsReadOnlyToken => IsIntegrationForbidden;

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>True when GitHub says the token lacks admin rights (<c>Must have admin rights to Repository.</c>).</summary>
    public bool IsAdminRequired =>
        GitHubMessage?.Contains("admin rights", StringComparison.OrdinalIgnoreCase) == true;

    internal static GitHubApiException FromResponse(HttpStatusCode status, string method, string path, GitHubErrorBody? body)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"GitHub answered {(int)status} {status} to {method} {path}");
        if (!string.IsNullOrWhiteSpace(body?.Message))
        {
            text += ": " + body.Message;
        }

        if (body?.Errors is { Count: > 0 } errors)
        {
            text += " (" + string.Join(", ", errors.Select(e => e.Message ?? $"{e.Resource}.{e.Field} {e.Code}")) + ")";
        }

        if (!string.IsNullOrWhiteSpace(body?.DocumentationUrl))
        {
            text += " - see " + body.DocumentationUrl;
        }

        return new GitHubApiException(text, status, method, path, body);
    }
}
