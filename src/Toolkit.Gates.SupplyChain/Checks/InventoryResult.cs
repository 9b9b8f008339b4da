using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>The head's dependencies, the base's (when there is a base to compare), the changes between them, and a finding when there are no lockfiles.</summary>
internal sealed record InventoryResult(DependencyInventory Head, DependencyInventory? Baseline, string? BaseRef, IReadOnlyList<ComponentChange> Changes, IReadOnlyList<Finding> Findings)
{
    public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);
}
