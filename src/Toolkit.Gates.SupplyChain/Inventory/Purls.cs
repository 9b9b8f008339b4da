namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Package URLs per the purl spec (https://github.com/package-url/purl-spec): <c>pkg:nuget/Name@1.0.0</c>,
/// <c>pkg:npm/%40scope/name@1.0.0</c>, <c>pkg:golang/github.com/x/y@v1.0.0</c> (lower-cased), <c>pkg:cargo/serde@1.0.0</c>,
/// <c>pkg:pypi/typing-extensions@4.0.0</c> (lower-cased, <c>_</c> as <c>-</c>), <c>pkg:gem/rails@7.0.0</c>,
/// <c>pkg:composer/vendor/name@1.0.0</c> (lower-cased) and <c>pkg:maven/group/artifact@1.0</c> (names kept as
/// <c>group:artifact</c>).
/// </summary>
internal static class Purls
{
    public static string For(Ecosystem ecosystem, string name, string? version)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = ecosystem switch
        {
            Ecosystem.NuGet => "nuget/" + Uri.EscapeDataString(name),
            Ecosystem.Npm => "npm/" + NpmName(name),
            Ecosystem.Go => "golang/" + Segments(name.ToLowerInvariant(), '/'),
            Ecosystem.Cargo => "cargo/" + Uri.EscapeDataString(name),
            Ecosystem.PyPI => "pypi/" + Uri.EscapeDataString(name.ToLowerInvariant().Replace('_', '-')),
            Ecosystem.RubyGems => "gem/" + Uri.EscapeDataString(name),
            Ecosystem.Packagist => "composer/" + Segments(name.ToLowerInvariant(), '/'),
            Ecosystem.Maven => "maven/" + Segments(name, ':'),
            _ => throw new ArgumentOutOfRangeException(nameof(ecosystem), ecosystem, "no purl type for this ecosystem"),
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

    private static string Segments(string name, char separator) =>
        string.Join('/', name.Split(separator).Select(Uri.EscapeDataString));

    private static string NpmName(string name)
    {
        // purl: the npm scope is the namespace and its '@' is percent-encoded.
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return name.StartsWith('@') && slash > 0
            ? "%40" + Uri.EscapeDataString(name[1..slash]) + "/" + Uri.EscapeDataString(name[(slash + 1)..])
            : Uri.EscapeDataString(name);
    }
}
