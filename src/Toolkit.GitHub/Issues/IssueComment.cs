using Toolkit.GitHub.Users;

namespace Toolkit.GitHub.Issues;

/// <summary>An issue or pull-request conversation comment as GitHub returns it.</summary>
public sealed record IssueComment(long Id, string? Body)
{
    public GitHubUser? User { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? HtmlUrl { get; init; }
}
