namespace Toolkit.GitHub.Checks;

/// <summary>A check run as GitHub returns it (<see href="https://docs.github.com/rest/checks/runs#get-a-check-run">check-run</see>).</summary>
public sealed record CheckRun(long Id, string Name, string HeadSha, string Status)
{
    public string? Conclusion { get; init; }

    public string? DetailsUrl { get; init; }

    public string? HtmlUrl { get; init; }

    public string? ExternalId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public CheckRunOutputInfo? Output { get; init; }
}
