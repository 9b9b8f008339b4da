namespace Toolkit.GitHub;

/// <summary>One entry of the <c>errors</c> array of a 422 validation failure.</summary>
public sealed record GitHubError
{
    public string? Resource { get; init; }

    public string? Field { get; init; }

    public string? Code { get; init; }

    public string? Message { get; init; }
}
