namespace Toolkit.GitHub.Statuses;

/// <summary>A commit status as GitHub returns it.</summary>
public sealed record CommitStatus(long Id, string State)
{
    public string? Context { get; init; }

    public string? Description { get; init; }

    public string? TargetUrl { get; init; }
}
