namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>The package ecosystems the gate reads, named as OSV names them.</summary>
public enum Ecosystem
{
    /// <summary>NuGet packages (<c>project.assets.json</c>, <c>packages.lock.json</c>).</summary>
    NuGet,

    /// <summary>npm packages (<c>package-lock.json</c> v2/v3).</summary>
    Npm,
}
