using Toolkit.Core.Dependencies;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Checks;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Reporting;

namespace Toolkit.Gates.SupplyChain;

/// <summary>
/// The <c>supply-chain</c> gate: SBOMs of every lockfile, the SBOM diff against the base, the vulnerability budget on
/// that diff (OSV, offline and/or API), the license policy, signed provenance of required artifacts and digest-pinned
/// images, in one verdict.
/// </summary>
public sealed class SupplyChainGate : IGate
{
    private readonly SupplyChainOverrides overrides;
    private readonly NuspecLicenses licenses;
    private readonly IDependencyReviewSource? dependencyReview;

    /// <param name="overrides">Command-line values that win over gates.yml.</param>
    /// <param name="packageFolders">NuGet package folders for nuspec licenses; default the user's global folder.</param>
    /// <param name="dependencyReview">GitHub's dependency review of the change; null when there is no token to ask with.</param>
    public SupplyChainGate(SupplyChainOverrides? overrides = null, IReadOnlyList<string>? packageFolders = null, IDependencyReviewSource? dependencyReview = null)
    {
        this.overrides = overrides ?? new SupplyChainOverrides();
        this.dependencyReview = dependencyReview;
        licenses = new NuspecLicenses(packageFolders ?? [NuspecLicenses.DefaultFolder]);
    }

    /// <inheritdoc/>
    public string Name => GateIds.SupplyChain;

    /// <inheritdoc/>
    public string Description => "Dependencies: SBOMs, SBOM diff, new-vulnerability budget, licenses, signed provenance.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only a job checking its own workspace uses the network unprompted (the OSV API default, the dependency review).
        var inActions = overrides.InGitHubActions ?? InActionsJob(context.RepositoryRoot);
        var (options, problems) = SupplyChainOptionsBinder.Bind(context.Section, overrides with { InGitHubActions = inActions });
        if (problems.Count > 0)
        {
            return GateOutcome.InvalidConfiguration(GateIds.SupplyChain, problems);
        }

        var (inventory, inventoryError) = await InventoryCheck.RunAsync(new InventoryLoader(licenses), context.RepositoryRoot, options.BaseRef ?? context.BaseRef, cancellationToken).ConfigureAwait(false);
        if (inventory is null)
        {
            return Failed(inventoryError);
        }

        var (review, reviewError) = await DependencyReviewCheck.RunAsync(dependencyReview, context, options, inActions, inventory, cancellationToken).ConfigureAwait(false);
        if (review is null)
        {
            return Failed(reviewError);
        }

        var (vulnerabilities, vulnerabilityError) = await VulnerabilityCheck.RunAsync(context, options, inventory, review, cancellationToken).ConfigureAwait(false);
        if (vulnerabilities is null)
        {
            return Failed(vulnerabilityError);
        }

        var (attestations, attestationError) = AttestationCheck.Run(context, options);
        if (attestations is null)
        {
            return Failed(attestationError);
        }

        var results = new SupplyChainResults(
            inventory,
            vulnerabilities,
            attestations,
            LicenseCheck.Run(options, inventory.Head.Components),
            ImagePinningCheck.Run(context.RepositoryRoot, options.Manifests));
        return SupplyChainOutcome.Build(results, SupplyChainEvidence.Write(context, options, results));
    }

    private static GateOutcome Failed(CheckError? error) =>
        GateOutcome.CouldNotEvaluate(error?.Message ?? "supply-chain could not be evaluated.", error?.Location);

    /// <summary>A GitHub Actions job checking its own workspace (not, say, a test repository in a temp folder on a runner).</summary>
    private static bool InActionsJob(string repositoryRoot)
    {
        var host = RunEnvironment.Process;
        if (!host.IsGitHubActions || host.Workspace is not { Length: > 0 } workspace)
        {
            return false;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repositoryRoot)) + Path.DirectorySeparatorChar;
        return root.StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspace)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
