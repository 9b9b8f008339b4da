namespace Toolkit.GitHub.Statuses;

/// <summary>Body of <see href="https://docs.github.com/rest/commits/statuses#create-a-commit-status">POST /repos/{owner}/{repo}/statuses/{sha}</see>.</summary>
/// <param name="State">See <see cref="CommitState"/>.</param>
public sealed record NewCommitStatus(string State)
{
    public const int MaxDescriptionLength = 140;

    public string? TargetUrl { get; init; }

    /// <summary>At most 140 characters.</summary>
    public string? Description { get; init; }

    public string? Context { get; init; }
}
