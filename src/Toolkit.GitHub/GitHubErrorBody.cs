namespace Toolkit.GitHub;

/// <summary>The body GitHub sends with a non-success status (<c>message</c>, <c>documentation_url</c>, <c>errors</c>).</summary>
public sealed record GitHubErrorBody
{
    public string? Message { get; init; }

    public string? DocumentationUrl { get; init; }

    public IReadOnlyList<GitHubError>? Errors { get; init; }
}
