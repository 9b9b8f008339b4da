using Toolkit.Core.Dependencies;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>
/// GitHub's dependency review of the change, when configured or (auto) inside an Actions job with a token: the
/// advisories GitHub reports on added dependencies become matches on the head's components. An answer GitHub
/// refuses is a note in auto mode and an error when required; a failed request is always an error (fail closed).
/// </summary>
internal static class DependencyReviewCheck
{
    /// <summary>Where the advisories of GitHub's dependency review come from, in the report and on each advisory.</summary>
    public const string Source = "GitHub dependency review";

    /// <param name="review">GitHub's dependency review; null when there is no token to ask with.</param>
    /// <param name="context">The run.</param>
    /// <param name="options">The bound options (<c>dependency_review</c>).</param>
    /// <param name="inActions">Whether this is a GitHub Actions job checking its own workspace (auto mode asks only there).</param>
    /// <param name="inventory">The head's components, which GitHub's packages are matched to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<(DependencyReviewResult? Result, CheckError? Error)> RunAsync(
        IDependencyReviewSource? review, GateContext context, SupplyChainOptions options, bool inActions, InventoryResult inventory, CancellationToken cancellationToken)
    {
        var required = options.DependencyReview == true;
        if (options.DependencyReview == false || !(required || inActions))
        {
            return (DependencyReviewResult.NotAsked, null);
        }

        var location = context.Section?.Reader().LocationOf("dependency_review");
        if (review is null)
        {
            const string NoToken = "there is no GitHub token and repository to ask with: set GITHUB_TOKEN (with contents: read) and GITHUB_REPOSITORY, as GitHub Actions does";
            return required
                ? (null, new CheckError($"dependency_review: true, but {NoToken}, or set dependency_review: auto.", location))
                : (DependencyReviewResult.NotRead(NoToken), null);
        }

        var answer = await review.CompareAsync(context.RepositoryRoot, inventory.BaseRef, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            return (null, new CheckError(error + " Fix: retry, or set dependency_review: false to rely on OSV alone.", location));
        }

        if (answer.Changes is not { } changes)
        {
            return required
                ? (null, new CheckError($"dependency_review: true, but {answer.Unavailable} Enable the dependency graph (Settings > Code security), grant the token contents: read, or set dependency_review: auto.", location))
                : (DependencyReviewResult.NotRead(answer.Unavailable ?? string.Empty), null);
        }

        var added = changes.Where(c => c.Added).ToList();
        var matches = added.SelectMany(c => c.Advisories.Select(a => new VulnerabilityMatch(ComponentOf(inventory.Head, c), Advisory(a), null))).ToList();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["dependency_review.changes"] = changes.Count,
            ["dependency_review.advisories"] = matches.Count,
        };
        return (new DependencyReviewResult(matches, true, [$"{Source} of {answer.Compared}: {added.Count} added and {changes.Count - added.Count} removed dependencies, {matches.Count} advisory match(es) on added ones"], metrics), null);
    }

    /// <summary>The head component GitHub means (same purl, else same name and version); one of its own when no lockfile read here holds it.</summary>
    private static Component ComponentOf(DependencyInventory head, DependencyReviewChange change)
    {
        var purl = change.PackageUrl?.Split('?')[0];
        var known = head.Components.FirstOrDefault(c => purl is not null && string.Equals(c.Purl.Split('?')[0], purl, StringComparison.OrdinalIgnoreCase))
            ?? head.Components.FirstOrDefault(c => string.Equals(c.Name, change.Name, StringComparison.OrdinalIgnoreCase) && c.Version == change.Version);
        // The ecosystem is not used for such a package: ReportedPurl names it (GitHub's ecosystems include ones no lockfile here has).
        return known ?? new Component(Ecosystem.Npm, change.Name, change.Version, Direct: false, Development: change.Scope == "development", new ComponentLocation(change.Manifest, 1, 1))
        {
            ReportedPurl = change.PackageUrl ?? $"pkg:{change.Ecosystem}/{change.Name}@{change.Version}",
            License = change.License,
        };
    }

    private static OsvAdvisory Advisory(DependencyReviewAdvisory advisory) =>
        new(advisory.GhsaId, [], advisory.Summary, Severities.Parse(advisory.Severity) ?? VulnerabilitySeverity.Unknown, null, [])
        {
            Source = Source,
        };
}
