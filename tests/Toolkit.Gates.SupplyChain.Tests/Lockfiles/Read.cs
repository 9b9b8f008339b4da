using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Lockfiles;

namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>Reads a synthetic lockfile by its file name, as discovery would.</summary>
internal static class Read
{
    public static Lockfile Lockfile(string path, string text, string? sibling = null) => LockfileFormats.Read(path, text, sibling);

    public static Component Single(Lockfile lockfile, string purl) => Assert.Single(lockfile.Components, c => c.Purl == purl);

    public static LockfileException Error(string path, string text, string? sibling = null) =>
        Assert.Throws<LockfileException>(() => LockfileFormats.Read(path, text, sibling));
}
