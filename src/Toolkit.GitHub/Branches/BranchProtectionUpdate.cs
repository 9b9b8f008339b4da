using System.Text.Json.Serialization;

namespace Toolkit.GitHub.Branches;

/// <summary>
/// Body of <see href="https://docs.github.com/rest/branches/branch-protection#update-branch-protection">PUT /repos/{owner}/{repo}/branches/{branch}/protection</see>.
/// The first four keys are required and sent even when null (null disables that protection).
/// </summary>
public sealed record BranchProtectionUpdate(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] RequiredStatusChecksUpdate? RequiredStatusChecks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool? EnforceAdmins,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] PullRequestReviewsUpdate? RequiredPullRequestReviews,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ProtectionActorNames? Restrictions)
{
    public bool? RequiredLinearHistory { get; init; }

    public bool? AllowForcePushes { get; init; }

    public bool? AllowDeletions { get; init; }

    public bool? BlockCreations { get; init; }

    public bool? RequiredConversationResolution { get; init; }

    public bool? LockBranch { get; init; }

    public bool? AllowForkSyncing { get; init; }

    /// <summary>
    /// The request that re-applies <paramref name="current"/> unchanged except for the status checks: every other
    /// setting is carried over from the response shape into the request shape.
    /// </summary>
    public static BranchProtectionUpdate Preserving(BranchProtection? current, RequiredStatusChecksUpdate? checks) =>
        new(
            checks,
            current?.EnforceAdmins?.Enabled,
            current?.RequiredPullRequestReviews is { } reviews ? PullRequestReviewsUpdate.From(reviews) : null,
            current?.Restrictions?.ToNames())
        {
            RequiredLinearHistory = current?.RequiredLinearHistory?.Enabled,
            AllowForcePushes = current?.AllowForcePushes?.Enabled,
            AllowDeletions = current?.AllowDeletions?.Enabled,
            BlockCreations = current?.BlockCreations?.Enabled,
            RequiredConversationResolution = current?.RequiredConversationResolution?.Enabled,
            LockBranch = current?.LockBranch?.Enabled,
            AllowForkSyncing = current?.AllowForkSyncing?.Enabled,
        };
}
