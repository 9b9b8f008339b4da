using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>Reads the real lockfiles of ../shared/corpus/supply/lockfiles in place, as the gate does.</summary>
internal static class CorpusLockfiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Shared, "corpus", "supply", "lockfiles");

    public static Lockfile Read(string relativePath)
    {
        var full = Path.Combine(Folder, relativePath);
        var sibling = Toolkit.Gates.SupplyChain.Lockfiles.LockfileFormats.Sibling(relativePath) is { } s && File.Exists(Path.Combine(Folder, s))
            ? File.ReadAllText(Path.Combine(Folder, s))
            : null;
        return relativePath.EndsWith(LockfileDiscovery.NpmLock, StringComparison.Ordinal)
            ? NpmLockReader.Read(relativePath, File.ReadAllText(full))
            : Toolkit.Gates.SupplyChain.Lockfiles.LockfileFormats.Read(relativePath, File.ReadAllText(full), sibling);
    }
}
