namespace Toolkit.GitHub.Checks;

/// <summary>Body of <see href="https://docs.github.com/rest/checks/runs#update-a-check-run">PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}</see>.</summary>
public sealed record CheckRunUpdate
{
    public string? Name { get; init; }

    public string? DetailsUrl { get; init; }

    public string? ExternalId { get; init; }

    public string? Status { get; init; }

    public string? Conclusion { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public CheckRunOutput? Output { get; init; }
}
