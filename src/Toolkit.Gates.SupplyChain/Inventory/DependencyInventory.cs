namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Every lockfile of a repository (at one commit) and the components they resolve.</summary>
internal sealed record DependencyInventory(IReadOnlyList<Lockfile> Lockfiles)
{
    /// <summary>Components de-duplicated by purl across lockfiles (direct if direct anywhere), sorted by purl.</summary>
    public IReadOnlyList<Component> Components { get; } = Merge(Lockfiles);

    private static List<Component> Merge(IReadOnlyList<Lockfile> lockfiles)
    {
        var byPurl = new Dictionary<string, Component>(StringComparer.Ordinal);
        foreach (var component in lockfiles.SelectMany(l => l.Components))
        {
            byPurl[component.Purl] = byPurl.TryGetValue(component.Purl, out var existing) ? existing.MergedWith(component) : component;
        }

        return byPurl.Values.OrderBy(c => c.Purl, StringComparer.Ordinal).ToList();
    }
}
