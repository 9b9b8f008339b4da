using NuGet.Versioning;
using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Versions;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// Version ordering per ecosystem, as OSV's ECOSYSTEM ranges mean it: NuGet (NuGet.Versioning), npm, Go (semver with
/// <c>v</c>; pseudo-versions are pre-releases, <c>+incompatible</c> is build metadata) and crates.io (semver), PyPI
/// (PEP 440), RubyGems (<c>Gem::Version</c>), Maven (<c>ComparableVersion</c>) and Packagist (<c>version_compare</c>).
/// </summary>
internal static class VersionComparers
{
    private static readonly IComparer<string> NuGetOrder = Ordering(v => NuGetVersion.TryParse(v, out var p) ? p : null, (a, b) => VersionComparer.Default.Compare(a, b));
    private static readonly IComparer<string> SemverOrder = Ordering(SemVersion.TryParse, (a, b) => a.CompareTo(b));
    private static readonly IComparer<string> PypiOrder = Ordering(Pep440Version.TryParse, (a, b) => a.CompareTo(b));
    private static readonly IComparer<string> GemOrder = Ordering(v => RubyGemsVersion.IsValid(v) ? v : null, RubyGemsVersion.Compare);
    private static readonly IComparer<string> MavenOrder = Ordering(v => string.IsNullOrWhiteSpace(v) ? null : v, MavenVersion.Compare);
    private static readonly IComparer<string> PackagistOrder = Ordering(v => PackagistVersion.IsValid(v) ? v : null, PackagistVersion.Compare);

    /// <summary>Compares two version strings; unparseable versions sort by ordinal text after parseable ones.</summary>
    public static IComparer<string> For(Ecosystem ecosystem) => ecosystem switch
    {
        Ecosystem.NuGet => NuGetOrder,
        Ecosystem.PyPI => PypiOrder,
        Ecosystem.RubyGems => GemOrder,
        Ecosystem.Maven => MavenOrder,
        Ecosystem.Packagist => PackagistOrder,
        _ => SemverOrder,
    };

    /// <summary>True when the text is a version the ecosystem can order.</summary>
    public static bool IsValid(Ecosystem ecosystem, string version) => ecosystem switch
    {
        Ecosystem.NuGet => NuGetVersion.TryParse(version, out _),
        Ecosystem.PyPI => Pep440Version.TryParse(version) is not null,
        Ecosystem.RubyGems => RubyGemsVersion.IsValid(version),
        Ecosystem.Maven => !string.IsNullOrWhiteSpace(version),
        Ecosystem.Packagist => PackagistVersion.IsValid(version),
        _ => SemVersion.TryParse(version) is not null,
    };

    private static IComparer<string> Ordering<T>(Func<string?, T?> parse, Func<T, T, int> compare)
        where T : class =>
        Comparer<string>.Create((x, y) => (parse(x), parse(y)) switch
        {
            ({ } a, { } b) => compare(a, b),
            (null, null) => string.CompareOrdinal(x, y),
            (null, _) => 1,
            _ => -1,
        });
}
