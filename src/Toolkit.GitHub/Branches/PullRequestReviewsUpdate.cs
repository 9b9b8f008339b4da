namespace Toolkit.GitHub.Branches;

/// <summary><c>required_pull_request_reviews</c> in the request shape of the protection <c>PUT</c>.</summary>
public sealed record PullRequestReviewsUpdate
{
    public ProtectionActorNames? DismissalRestrictions { get; init; }

    public bool? DismissStaleReviews { get; init; }

    public bool? RequireCodeOwnerReviews { get; init; }

    public int? RequiredApprovingReviewCount { get; init; }

    public bool? RequireLastPushApproval { get; init; }

    public ProtectionActorNames? BypassPullRequestAllowances { get; init; }

    /// <summary>Converts the response shape (objects) into the request shape (logins and slugs).</summary>
    public static PullRequestReviewsUpdate From(PullRequestReviews reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return new PullRequestReviewsUpdate
        {
            DismissalRestrictions = reviews.DismissalRestrictions?.ToNames(),
            DismissStaleReviews = reviews.DismissStaleReviews,
            RequireCodeOwnerReviews = reviews.RequireCodeOwnerReviews,
            RequiredApprovingReviewCount = reviews.RequiredApprovingReviewCount,
            RequireLastPushApproval = reviews.RequireLastPushApproval,
            BypassPullRequestAllowances = reviews.BypassPullRequestAllowances?.ToNames(),
        };
    }
}
