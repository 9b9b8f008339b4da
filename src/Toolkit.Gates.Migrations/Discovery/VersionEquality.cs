namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Versions equal by number (<c>001</c> = <c>1</c>, <c>1.0</c> = <c>1</c>).</summary>
internal sealed class VersionEquality : IEqualityComparer<string>
{
    public static VersionEquality Instance { get; } = new();

    public bool Equals(string? x, string? y) => VersionComparer.Instance.Compare(Normalize(x), Normalize(y)) == 0;

    public int GetHashCode(string obj) => Normalize(obj).GetHashCode(StringComparison.Ordinal);

    private static string Normalize(string? version)
    {
        var parts = (version ?? string.Empty).Split(['.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimStart('0'))
            .Select(p => p.Length == 0 ? "0" : p)
            .ToList();
        while (parts.Count > 1 && parts[^1] == "0")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return string.Join('.', parts);
    }
}
