namespace Toolkit.Core.Events;

/// <summary>The event names (<c>GITHUB_EVENT_NAME</c>) whose payload the toolkit reads.</summary>
public static class GitHubEventNames
{
    /// <summary>A pull request opened, updated or reopened.</summary>
    public const string PullRequest = "pull_request";

    /// <summary>A pull request, run in the base repository's context.</summary>
    public const string PullRequestTarget = "pull_request_target";

    /// <summary>Commits pushed to a branch.</summary>
    public const string Push = "push";

    /// <summary>A merge queue group to check.</summary>
    public const string MergeGroup = "merge_group";

    /// <summary>A manual run.</summary>
    public const string WorkflowDispatch = "workflow_dispatch";

    /// <summary>True for the events whose payload carries a <c>pull_request</c> object.</summary>
    public static bool IsPullRequest(string eventName) =>
        eventName is PullRequest or PullRequestTarget;
}
