namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Package URLs per the purl spec: <c>pkg:nuget/Name@1.0.0</c>, <c>pkg:npm/%40scope/name@1.0.0</c>.</summary>
public static class Purls
{
    public static string For(Ecosystem ecosystem, string name, string? version)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = ecosystem switch
        {
            Ecosystem.NuGet => "nuget/" + Uri.EscapeDataString(name),
            _ => "npm/" + NpmName(name),
        };
        return version is null ? "pkg:" + path : $"pkg:{path}@{Uri.EscapeDataString(version)}";
    }

    /// <summary>
    /// The purl qualifiers (<c>?key=value&amp;...</c>, keys sorted, values percent-encoded but for <c>:</c> and
    /// <c>/</c>) of the pairs that have a value; empty when none has.
    /// </summary>
    public static string Qualifiers(params (string Key, string? Value)[] qualifiers)
    {
        ArgumentNullException.ThrowIfNull(qualifiers);
        var present = qualifiers.Where(q => !string.IsNullOrEmpty(q.Value)).OrderBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value!).Replace("%3A", ":", StringComparison.Ordinal).Replace("%2F", "/", StringComparison.Ordinal))
            .ToList();
        return present.Count == 0 ? string.Empty : "?" + string.Join('&', present);
    }

    private static string NpmName(string name)
    {
        // purl: the npm scope is the namespace and its '@' is percent-encoded.
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return name.StartsWith('@') && slash > 0
            ? "%40" + Uri.EscapeDataString(name[1..slash]) + "/" + Uri.EscapeDataString(name[(slash + 1)..])
            : Uri.EscapeDataString(name);
    }
}
