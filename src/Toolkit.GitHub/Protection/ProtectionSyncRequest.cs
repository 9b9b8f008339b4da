namespace Toolkit.GitHub.Protection;

/// <summary>Which checks a branch must require, and where to record that.</summary>
/// <param name="Owner">Repository owner.</param>
/// <param name="Repo">Repository name.</param>
/// <param name="Branch">The protected branch, e.g. <c>main</c>.</param>
/// <param name="RequiredChecks">The gate check names that must be required.</param>
public sealed record ProtectionSyncRequest(string Owner, string Repo, string Branch, IReadOnlyList<string> RequiredChecks)
{
    /// <summary>When set, the checks go into this repository ruleset (created when missing) instead of branch protection.</summary>
    public string? RulesetName { get; init; }

    /// <summary>Only compute the difference.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Also remove required checks that are not listed. Otherwise only toolkit gate checks that are no longer listed
    /// are removed, so checks other tools require stay.
    /// </summary>
    public bool RemoveUnlisted { get; init; }

    /// <summary>Require branches to be up to date; null keeps what is there (false for new protection).</summary>
    public bool? Strict { get; init; }

    public GitHubRepository Repository => new(Owner, Repo);
}
