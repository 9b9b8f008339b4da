using NuGet.Versioning;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>Version ordering per ecosystem: NuGet rules (NuGet.Versioning) or npm semver.</summary>
public static class VersionComparers
{
    /// <summary>Compares two version strings; unparseable versions sort by ordinal text after parseable ones.</summary>
    public static IComparer<string> For(Ecosystem ecosystem) => ecosystem == Ecosystem.NuGet ? NuGetComparer.Instance : NpmComparer.Instance;

    /// <summary>True when the text is a version the ecosystem can order.</summary>
    public static bool IsValid(Ecosystem ecosystem, string version) =>
        ecosystem == Ecosystem.NuGet ? NuGetVersion.TryParse(version, out _) : SemVersion.TryParse(version) is not null;

    private sealed class NuGetComparer : IComparer<string>
    {
        public static readonly NuGetComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = NuGetVersion.TryParse(x, out var px) ? px : null;
            var b = NuGetVersion.TryParse(y, out var py) ? py : null;
            return (a, b) switch
            {
                (not null, not null) => VersionComparer.Default.Compare(a, b),
                (null, null) => string.CompareOrdinal(x, y),
                (null, _) => 1,
                _ => -1,
            };
        }
    }

    private sealed class NpmComparer : IComparer<string>
    {
        public static readonly NpmComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = SemVersion.TryParse(x);
            var b = SemVersion.TryParse(y);
            return (a, b) switch
            {
                (not null, not null) => a.CompareTo(b),
                (null, null) => string.CompareOrdinal(x, y),
                (null, _) => 1,
                _ => -1,
            };
        }
    }
}
