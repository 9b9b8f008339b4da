namespace Toolkit.GitHub.Branches;

/// <summary><c>required_pull_request_reviews</c> as GitHub returns it.</summary>
public sealed record PullRequestReviews
{
    public ProtectionActors? DismissalRestrictions { get; init; }

    public bool DismissStaleReviews { get; init; }

    public bool RequireCodeOwnerReviews { get; init; }

    public int? RequiredApprovingReviewCount { get; init; }

    public bool RequireLastPushApproval { get; init; }

    public ProtectionActors? BypassPullRequestAllowances { get; init; }
}
