using Toolkit.Core.Dependencies;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Gate;

public sealed partial class SupplyChainGate
{
    /// <summary>Where the advisories of GitHub's dependency review come from, in the report and on each advisory.</summary>
    internal const string DependencyReviewSource = "GitHub dependency review";

    /// <summary>
    /// GitHub's dependency review of the change, when configured or (auto) inside an Actions job with a token: the
    /// advisories GitHub reports on added dependencies become matches on the head's components. An answer GitHub
    /// refuses is a note in auto mode and an error when required; a failed request is always an error (fail closed).
    /// </summary>
    private async Task<(List<VulnerabilityMatch> Matches, bool Read, GateOutcome? Error)> ReadDependencyReviewAsync(Evaluation state, CancellationToken cancellationToken)
    {
        var required = state.Options.DependencyReview == true;
        if (state.Options.DependencyReview == false || !(required || InActions(state)))
        {
            return ([], false, null);
        }

        var location = state.Context.Section?.Reader().LocationOf("dependency_review");
        if (dependencyReview is null)
        {
            const string NoToken = "there is no GitHub token and repository to ask with: set GITHUB_TOKEN (with contents: read) and GITHUB_REPOSITORY, as GitHub Actions does";
            if (required)
            {
                return ([], false, GateOutcome.CouldNotEvaluate($"dependency_review: true, but {NoToken}, or set dependency_review: auto.", location));
            }

            state.AdvisorySources.Add($"{DependencyReviewSource} not read: {NoToken}");
            return ([], false, null);
        }

        var answer = await dependencyReview.CompareAsync(state.Context.RepositoryRoot, state.BaseRef, cancellationToken).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            return ([], false, GateOutcome.CouldNotEvaluate(error + " Fix: retry, or set dependency_review: false to rely on OSV alone.", location));
        }

        if (answer.Changes is not { } changes)
        {
            if (required)
            {
                return ([], false, GateOutcome.CouldNotEvaluate($"dependency_review: true, but {answer.Unavailable} Enable the dependency graph (Settings > Code security), grant the token contents: read, or set dependency_review: auto.", location));
            }

            state.AdvisorySources.Add($"{DependencyReviewSource} not read: {answer.Unavailable}");
            return ([], false, null);
        }

        var added = changes.Where(c => c.Added).ToList();
        var matches = added.SelectMany(c => c.Advisories.Select(a => new VulnerabilityMatch(ComponentOf(state, c), Advisory(a), null))).ToList();
        state.AdvisorySources.Add($"{DependencyReviewSource} of {answer.Compared}: {added.Count} added and {changes.Count - added.Count} removed dependencies, {matches.Count} advisory match(es) on added ones");
        state.SourceMetrics["dependency_review.changes"] = changes.Count;
        state.SourceMetrics["dependency_review.advisories"] = matches.Count;
        return (matches, true, null);
    }

    // Only a job checking its own workspace asks GitHub unprompted, as with the OSV API default.
    private bool InActions(Evaluation state) => overrides.InGitHubActions ?? InActionsJob(state.Context.RepositoryRoot);

    /// <summary>The head component GitHub means (same purl, else same name and version); one of its own when no lockfile read here holds it.</summary>
    private static Component ComponentOf(Evaluation state, DependencyReviewChange change)
    {
        var purl = change.PackageUrl?.Split('?')[0];
        var known = state.Head.Components.FirstOrDefault(c => purl is not null && string.Equals(c.Purl.Split('?')[0], purl, StringComparison.OrdinalIgnoreCase))
            ?? state.Head.Components.FirstOrDefault(c => string.Equals(c.Name, change.Name, StringComparison.OrdinalIgnoreCase) && c.Version == change.Version);
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
            Source = DependencyReviewSource,
        };
}
