namespace Toolkit.GitHub.Checks;

/// <summary>Body of <see href="https://docs.github.com/rest/checks/runs#create-a-check-run">POST /repos/{owner}/{repo}/check-runs</see>.</summary>
public sealed record NewCheckRun(string Name, string HeadSha)
{
    public string? DetailsUrl { get; init; }

    public string? ExternalId { get; init; }

    /// <summary>See <see cref="CheckRunStatus"/>.</summary>
    public string? Status { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>See <see cref="CheckRunConclusion"/>; setting it completes the run.</summary>
    public string? Conclusion { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public CheckRunOutput? Output { get; init; }
}
