using System.Globalization;
using Toolkit.Core.Dependencies;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Sbom;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>
/// The <c>supply-chain</c> gate: SBOMs of every lockfile, the SBOM diff against the base, the vulnerability budget on
/// that diff (OSV, offline and/or API), the license policy, signed provenance of required artifacts and digest-pinned
/// images, in one verdict.
/// </summary>
public sealed partial class SupplyChainGate : IGate
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

    public string Name => GateIds.SupplyChain;

    public string Description => "Dependencies: SBOMs, SBOM diff, new-vulnerability budget, licenses, signed provenance.";

    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (configured, problems) = SupplyChainOptionsBinder.Read(context.Section);
        if (problems.Count > 0)
        {
            var first = problems[0];
            return GateOutcome.CouldNotEvaluate(
                "gates.supply-chain is invalid: " + string.Join(" ", problems.Select(p => p.ToString())),
                new SourceLocation(first.File, first.Line, first.Column));
        }

        var options = (overrides.InGitHubActions is null ? overrides with { InGitHubActions = InActionsJob(context.RepositoryRoot) } : overrides).ApplyTo(configured);
        var loader = new InventoryLoader(licenses);
        DependencyInventory head;
        DependencyInventory? baseline = null;
        var baseRef = options.BaseRef ?? context.BaseRef;
        try
        {
            head = loader.FromWorkingTree(context.RepositoryRoot);
            if (baseRef is not null)
            {
                baseline = await loader.FromCommitAsync(context.RepositoryRoot, baseRef, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (LockfileException ex)
        {
            return GateOutcome.CouldNotEvaluate(ex.Message, new SourceLocation(ex.Path, ex.Line));
        }
        catch (GitException ex)
        {
            return GateOutcome.CouldNotEvaluate($"cannot read the base lockfiles at '{baseRef}': {ex.Message} Fetch the base commit (actions/checkout with fetch-depth: 0) or pass an existing --base.");
        }

        var state = new Evaluation(context, options, head, baseline, baseRef);
        state.Changes = baseline is null ? [] : SbomDiff.Compare(baseline, head);
        if (head.Lockfiles.Count == 0)
        {
            state.Findings.Add(new Finding(SupplyChainRules.NoLockfiles, Severity.Warning, "No lockfiles found (project.assets.json, packages.lock.json, package-lock.json, pnpm-lock.yaml, yarn.lock, go.mod, Cargo.lock, poetry.lock, uv.lock, Pipfile.lock, requirements*.txt, Gemfile.lock, composer.lock, gradle.lockfile, packages.config, *.deps.json); install or restore before the gate, or commit the lockfiles.") { Title = "No lockfiles" });
        }

        var error = await CheckVulnerabilitiesAsync(state, cancellationToken).ConfigureAwait(false) ?? CheckAttestations(state);
        if (error is not null)
        {
            return error;
        }

        CheckLicenses(state);
        CheckManifests(state);
        WriteEvidence(state);
        return Outcome(state);
    }

    private static GateOutcome Outcome(Evaluation state)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["components"] = state.Head.Components.Count,
            ["license_violations"] = state.LicenseViolations,
            ["unverified_artifacts"] = state.UnverifiedArtifacts,
            ["mutable_images"] = state.MutableImages,
            ["added"] = state.Changes.Count(c => c.Kind == ChangeKind.Added),
            ["removed"] = state.Changes.Count(c => c.Kind == ChangeKind.Removed),
            ["upgraded"] = state.Changes.Count(c => c.Kind == ChangeKind.Upgraded),
            ["downgraded"] = state.Changes.Count(c => c.Kind == ChangeKind.Downgraded),
        };
        foreach (var (name, value) in state.SourceMetrics)
        {
            metrics[name] = value;
        }

        foreach (var (severity, count) in state.NewCounts)
        {
            metrics["new_" + Vulnerabilities.Severities.Name(severity)] = count;
        }

        var newTotal = state.Vulnerabilities.Count(v => v.IsNew && !v.Waived);
        var vulnerabilities = state.VulnerabilitiesChecked
            ? string.Create(CultureInfo.InvariantCulture, $"{newTotal} new vulnerabilit{(newTotal == 1 ? "y" : "ies")} ({string.Join(", ", state.NewCounts.Select(p => $"{p.Value} {Vulnerabilities.Severities.Name(p.Key)}"))})")
            : "vulnerabilities not checked";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{state.Head.Components.Count} components; {vulnerabilities}; {state.LicenseViolations} license violation(s); {state.UnverifiedArtifacts} unverified artifact(s)");
        return new GateOutcome(summary)
        {
            Findings = state.Findings,
            Metrics = metrics,
            Thresholds = state.Thresholds,
            Evidence = state.Evidence,
        };
    }

    private static string ToolVersion => ToolkitInfo.Version;

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

    private static SbomInfo Info(Evaluation state) =>
        new(Path.GetFileName(Path.TrimEndingDirectorySeparator(state.Context.RepositoryRoot)), state.Context.Clock.GetUtcNow(), ToolVersion);
}
