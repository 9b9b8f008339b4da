using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Versions;

/// <summary>
/// A gem version ordered as <c>Gem::Version#&lt;=&gt;</c> orders them: segments are runs of digits (numbers) or letters
/// (strings); a letter segment makes it a pre-release (<c>1.0.a &lt; 1.0</c>); strings sort before numbers; trailing
/// zeros of the release and of the pre-release part are ignored (<c>1.0 == 1</c>); <c>-</c> means <c>.pre.</c>.
/// </summary>
internal static partial class RubyGemsVersion
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text.Trim());

    /// <summary>Compares two valid versions; callers check <see cref="IsValid"/> first.</summary>
    public static int Compare(string a, string b)
    {
        var left = Canonical(a);
        var right = Canonical(b);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var l = i < left.Count ? left[i] : BigInteger.Zero;
            var r = i < right.Count ? right[i] : BigInteger.Zero;
            var result = (l, r) switch
            {
                (BigInteger x, BigInteger y) => x.CompareTo(y),
                (string, BigInteger) => -1,
                (BigInteger, string) => 1,
                _ => string.CompareOrdinal((string)l, (string)r),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private static List<object> Canonical(string text)
    {
        var segments = Segment().Matches(text.Trim().Replace("-", ".pre.", StringComparison.Ordinal))
            .Select(m => char.IsAsciiDigit(m.Value[0]) ? (object)BigInteger.Parse(m.Value, CultureInfo.InvariantCulture) : m.Value)
            .ToList();
        var firstString = segments.FindIndex(s => s is string);
        var release = firstString < 0 ? segments : segments[..firstString];
        var prerelease = firstString < 0 ? [] : segments[firstString..];
        return [.. DropTrailingZeros(release), .. DropTrailingZeros(prerelease)];
    }

    private static List<object> DropTrailingZeros(List<object> segments)
    {
        var end = segments.Count;
        while (end > 0 && segments[end - 1] is BigInteger n && n.IsZero)
        {
            end--;
        }

        return segments[..end];
    }

    [GeneratedRegex(@"^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[0-9]+|[a-zA-Z]+")]
    private static partial Regex Segment();
}
