using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Lockfiles;

namespace Toolkit.Gates.SupplyChain.Tests.Lockfiles;

/// <summary>Reads a synthetic lockfile by its file name, as discovery would.</summary>
internal static class Read
{
    public static Lockfile Lockfile(string path, string text, string? sibling = null) => LockfileFormats.Read(path, text, sibling);

    // Matched without qualifiers: since the merge with h17b, Component.Purl carries vcs_url/download_url.
    public static Component Single(Lockfile lockfile, string purl) =>
        Assert.Single(lockfile.Components, c => Purls.For(c.Ecosystem, c.Name, c.Version) == purl);

    public static LockfileException Error(string path, string text, string? sibling = null) =>
        Assert.Throws<LockfileException>(() => LockfileFormats.Read(path, text, sibling));
}
