namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>The components one lockfile resolves, and the project it belongs to.</summary>
/// <param name="Path">Repository-relative path of the lockfile.</param>
/// <param name="Project">The project (or npm package) name that owns it.</param>
/// <param name="Components">Every resolved package, de-duplicated by purl.</param>
internal sealed record Lockfile(string Path, string Project, IReadOnlyList<Component> Components)
{
    /// <summary>Purls the project itself depends on.</summary>
    public IReadOnlyList<string> DirectDependencies => Components.Where(c => c.Direct).Select(c => c.Purl).ToList();
}
