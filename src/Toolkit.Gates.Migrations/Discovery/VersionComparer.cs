using System.Globalization;

namespace Toolkit.Gates.Migrations.Discovery;

/// <summary>Orders versions numerically part by part (<c>1.10</c> after <c>1.9</c>, <c>010</c> after <c>9</c>).</summary>
internal sealed class VersionComparer : IComparer<string>
{
    public static VersionComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x ?? string.Empty);
        var b = Parts(y ?? string.Empty);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : 0m;
            var right = i < b.Length ? b[i] : 0m;
            if (left != right)
            {
                return left.CompareTo(right);
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static decimal[] Parts(string version) =>
        version.Split(['.', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => decimal.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0m)
            .ToArray();
}
