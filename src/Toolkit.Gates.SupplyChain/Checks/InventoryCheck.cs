using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Rules;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Reads the lockfiles of the working tree and, when there is a base, of the base commit, and diffs them.</summary>
internal static class InventoryCheck
{
    public static async Task<(InventoryResult? Result, CheckError? Error)> RunAsync(InventoryLoader loader, string repositoryRoot, string? baseRef, CancellationToken cancellationToken)
    {
        DependencyInventory head;
        DependencyInventory? baseline = null;
        try
        {
            head = loader.FromWorkingTree(repositoryRoot);
            if (baseRef is not null)
            {
                baseline = await loader.FromCommitAsync(repositoryRoot, baseRef, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (LockfileException ex)
        {
            return (null, new CheckError(ex.Message, new SourceLocation(ex.Path, ex.Line)));
        }
        catch (GitException ex)
        {
            return (null, new CheckError($"cannot read the base lockfiles at '{baseRef}': {ex.Message} Fetch the base commit (actions/checkout with fetch-depth: 0) or pass an existing --base."));
        }

        IReadOnlyList<ComponentChange> changes = baseline is null ? [] : SbomDiff.Compare(baseline, head);
        List<Finding> findings = head.Lockfiles.Count > 0 ? [] :
        [
            SupplyChainRules.NoLockfiles.Report(Severity.Warning, "No lockfiles found (project.assets.json, packages.lock.json, package-lock.json, pnpm-lock.yaml, yarn.lock, go.mod, Cargo.lock, poetry.lock, uv.lock, Pipfile.lock, requirements*.txt, Gemfile.lock, composer.lock, gradle.lockfile, packages.config, *.deps.json); install or restore before the gate, or commit the lockfiles.", null),
        ];
        return (new InventoryResult(head, baseline, baseRef, changes, findings), null);
    }
}
