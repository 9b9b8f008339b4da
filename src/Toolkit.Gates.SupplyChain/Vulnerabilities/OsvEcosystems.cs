using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// The OSV name of each ecosystem (https://ossf.github.io/osv-schema/#affectedpackage-field) and how that ecosystem
/// compares package names: NuGet ignores case, PyPI normalises as PEP 503 does, Packagist ignores case, the others are
/// exact.
/// </summary>
internal static class OsvEcosystems
{
    private static readonly Dictionary<Ecosystem, string> Names = new()
    {
        [Ecosystem.NuGet] = "NuGet",
        [Ecosystem.Npm] = "npm",
        [Ecosystem.Go] = "Go",
        [Ecosystem.Cargo] = "crates.io",
        [Ecosystem.PyPI] = "PyPI",
        [Ecosystem.RubyGems] = "RubyGems",
        [Ecosystem.Packagist] = "Packagist",
        [Ecosystem.Maven] = "Maven",
    };

    private static readonly Dictionary<string, Ecosystem> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(Ecosystem ecosystem) => Names[ecosystem];

    /// <summary>Reads an OSV ecosystem name; a suffix after <c>:</c> (<c>Maven:https://...</c>, <c>PyPI:...</c>) is ignored.</summary>
    public static bool TryParse(string name, out Ecosystem ecosystem)
    {
        ArgumentNullException.ThrowIfNull(name);
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return ByName.TryGetValue(colon > 0 ? name[..colon] : name, out ecosystem);
    }

    /// <summary>The name as the ecosystem compares it, for index keys.</summary>
    public static string NormalizeName(Ecosystem ecosystem, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ecosystem switch
        {
            Ecosystem.NuGet => name.ToUpperInvariant(),
            Ecosystem.PyPI => Pep503(name),
            Ecosystem.Packagist => name.ToLowerInvariant(),
            _ => name,
        };
    }

    /// <summary>A loose form that every ecosystem's spelling of a name maps onto, for the cheap pre-filter of records.</summary>
    public static string Loose(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Pep503(name).ToUpperInvariant();
    }

    private static string Pep503(string name)
    {
        var chars = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var separator = c is '-' or '_' or '.';
            if (!separator || chars.Length == 0 || chars[^1] != '-')
            {
                chars.Append(separator ? '-' : c);
            }
        }

        return chars.ToString();
    }
}
