namespace Toolkit.Core.Events;

/// <summary>
/// What a gate needs to know about the workflow run's triggering event, read from <c>GITHUB_EVENT_PATH</c> and
/// <c>GITHUB_EVENT_NAME</c>. Everything but the event name may be missing: events other than pull_request,
/// pull_request_target, push, merge_group and workflow_dispatch only carry what the runner's variables say.
/// </summary>
/// <param name="EventName">The event name (<c>GITHUB_EVENT_NAME</c>), e.g. <c>pull_request</c>.</param>
public sealed record GitHubEventContext(string EventName)
{
    /// <summary>The repository owner, from <c>repository.full_name</c> or else <c>GITHUB_REPOSITORY</c>.</summary>
    public string? Owner { get; init; }

    /// <summary>The repository name, from <c>repository.full_name</c> or else <c>GITHUB_REPOSITORY</c>.</summary>
    public string? Repo { get; init; }

    /// <summary>The commit under test: the PR head, the pushed commit, the merge group head, or <c>GITHUB_SHA</c>.</summary>
    public string? HeadSha { get; init; }

    /// <summary>The commit to compare with: the PR base, the commit before a push (null for a new ref), the merge group base.</summary>
    public string? BaseSha { get; init; }

    /// <summary>The base branch name of a PR or merge group (<c>main</c>; a merge group's <c>refs/heads/</c> is removed).</summary>
    public string? BaseRef { get; init; }

    /// <summary>The head branch name of a PR, or the full ref pushed, dispatched or queued (<c>refs/tags/v1</c>).</summary>
    public string? HeadRef { get; init; }

    /// <summary>The pull request number; null for events that are not about one pull request.</summary>
    public int? PullNumber { get; init; }

    /// <summary>The pull request title; null for other events.</summary>
    public string? PullTitle { get; init; }

    /// <summary>
    /// True when the PR comes from another repository (a fork, or a fork since deleted). Such runs get a read-only token,
    /// so gates must not expect to write checks or comments.
    /// </summary>
    public bool IsFork { get; init; }

    /// <summary>True when Dependabot opened the PR or triggered the run (its runs get a read-only token and no secrets).</summary>
    public bool IsDependabot { get; init; }

    /// <summary>Who triggered the run: <c>GITHUB_ACTOR</c>, else the event's <c>sender.login</c>.</summary>
    public string? Actor { get; init; }

    /// <summary>The repository's default branch (<c>repository.default_branch</c>).</summary>
    public string? DefaultBranch { get; init; }

    /// <summary><c>owner/name</c>, when both are known.</summary>
    public string? Repository => Owner is not null && Repo is not null ? $"{Owner}/{Repo}" : null;

    /// <summary>True for pull_request and pull_request_target runs.</summary>
    public bool IsPullRequest => PullNumber is not null;
}
