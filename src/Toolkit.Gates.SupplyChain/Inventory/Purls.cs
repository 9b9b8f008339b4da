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

    private static string NpmName(string name)
    {
        // purl: the npm scope is the namespace and its '@' is percent-encoded.
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return name.StartsWith('@') && slash > 0
            ? "%40" + Uri.EscapeDataString(name[1..slash]) + "/" + Uri.EscapeDataString(name[(slash + 1)..])
            : Uri.EscapeDataString(name);
    }
}
