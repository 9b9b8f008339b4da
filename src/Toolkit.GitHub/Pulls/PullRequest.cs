using Toolkit.GitHub.Users;

namespace Toolkit.GitHub.Pulls;

/// <summary>A pull request as GitHub returns it (the fields the gates use).</summary>
public sealed record PullRequest(int Number, string State, PullRequestBranch Head, PullRequestBranch Base)
{
    public string? Title { get; init; }

    public GitHubUser? User { get; init; }

    public bool Draft { get; init; }

    public string? HtmlUrl { get; init; }
}
