namespace Toolkit.GitHub.Events;

/// <summary>The event names (<c>GITHUB_EVENT_NAME</c>) whose payload the toolkit reads.</summary>
public static class GitHubEventNames
{
    public const string PullRequest = "pull_request";
    public const string PullRequestTarget = "pull_request_target";
    public const string Push = "push";
    public const string MergeGroup = "merge_group";
    public const string WorkflowDispatch = "workflow_dispatch";

    /// <summary>True for the events whose payload carries a <c>pull_request</c> object.</summary>
    public static bool IsPullRequest(string eventName) =>
        eventName is PullRequest or PullRequestTarget;
}
