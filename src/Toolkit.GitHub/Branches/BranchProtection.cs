namespace Toolkit.GitHub.Branches;

/// <summary>
/// Branch protection as <see href="https://docs.github.com/rest/branches/branch-protection#get-branch-protection">GET /repos/{owner}/{repo}/branches/{branch}/protection</see>
/// returns it. <c>required_signatures</c> has its own endpoint and is left out on purpose.
/// </summary>
public sealed record BranchProtection
{
    public RequiredStatusChecks? RequiredStatusChecks { get; init; }

    public EnabledSetting? EnforceAdmins { get; init; }

    public PullRequestReviews? RequiredPullRequestReviews { get; init; }

    public ProtectionActors? Restrictions { get; init; }

    public EnabledSetting? RequiredLinearHistory { get; init; }

    public EnabledSetting? AllowForcePushes { get; init; }

    public EnabledSetting? AllowDeletions { get; init; }

    public EnabledSetting? BlockCreations { get; init; }

    public EnabledSetting? RequiredConversationResolution { get; init; }

    public EnabledSetting? LockBranch { get; init; }

    public EnabledSetting? AllowForkSyncing { get; init; }
}
