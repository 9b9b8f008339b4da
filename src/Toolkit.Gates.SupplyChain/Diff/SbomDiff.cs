using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Diff;

/// <summary>
/// The difference between two inventories by package identity (purl without version): added, removed, upgraded and
/// downgraded packages. A package present in several versions is compared version set to version set.
/// </summary>
internal static class SbomDiff
{
    public static IReadOnlyList<ComponentChange> Compare(DependencyInventory baseline, DependencyInventory head)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(head);
        var before = Group(baseline);
        var after = Group(head);
        var changes = new List<ComponentChange>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(key) ?? [];
            var @new = after.GetValueOrDefault(key) ?? [];
            var sample = (@new.Count > 0 ? @new : old)[0];
            var removed = old.Where(o => !@new.Any(n => n.Version == o.Version)).ToList();
            var added = @new.Where(n => !old.Any(o => o.Version == n.Version)).ToList();
            var comparer = VersionComparers.For(sample.Ecosystem);
            // Pair changed versions in order so 1.0 -> 2.0 reads as an upgrade, not a removal plus an addition.
            var pairs = Math.Min(removed.Count, added.Count);
            var oldSorted = removed.Select(c => c.Version).Order(comparer).ToList();
            var newSorted = added.Select(c => c.Version).Order(comparer).ToList();
            for (var i = 0; i < pairs; i++)
            {
                var kind = comparer.Compare(newSorted[i], oldSorted[i]) >= 0 ? ChangeKind.Upgraded : ChangeKind.Downgraded;
                changes.Add(new ComponentChange(kind, key, sample.Name, sample.Ecosystem, oldSorted[i], newSorted[i]));
            }

            changes.AddRange(oldSorted.Skip(pairs).Select(v => new ComponentChange(ChangeKind.Removed, key, sample.Name, sample.Ecosystem, v, null)));
            changes.AddRange(newSorted.Skip(pairs).Select(v => new ComponentChange(ChangeKind.Added, key, sample.Name, sample.Ecosystem, null, v)));
        }

        return changes;
    }

    private static Dictionary<string, List<Component>> Group(DependencyInventory inventory) =>
        inventory.Components.GroupBy(c => c.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
}
