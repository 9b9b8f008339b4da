using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Versions;

/// <summary>
/// A Python version ordered as PEP 440 (and pypa/packaging) order them: epoch, release (trailing zeros ignored), then
/// <c>1.0.dev0 &lt; 1.0a1 &lt; 1.0b1 &lt; 1.0rc1 &lt; 1.0 &lt; 1.0.post1</c>, a local label (<c>+ubuntu1</c>) sorting
/// after the same public version. Spellings are normalised (<c>alpha</c>=<c>a</c>, <c>c</c>/<c>pre</c>=<c>rc</c>, <c>-1</c>=<c>.post1</c>).
/// </summary>
internal sealed partial record Pep440Version(BigInteger Epoch, IReadOnlyList<BigInteger> Release, string? PreLabel, BigInteger Pre, BigInteger? Post, BigInteger? Dev, IReadOnlyList<string> Local)
    : IComparable<Pep440Version>
{
    public static Pep440Version? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return null;
        }

        var release = match.Groups["release"].Value.Split('.').Select(Number).ToList();
        while (release.Count > 1 && release[^1].IsZero)
        {
            release.RemoveAt(release.Count - 1);
        }

        var preLabel = match.Groups["pre_l"].Success
            ? match.Groups["pre_l"].Value.ToLowerInvariant() switch { "alpha" => "a", "beta" => "b", "c" or "pre" or "preview" => "rc", var l => l }
            : null;
        BigInteger? post = match.Groups["post_n1"].Success ? Number(match.Groups["post_n1"].Value)
            : match.Groups["post_l"].Success ? Optional(match.Groups["post_n2"]) : null;
        BigInteger? dev = match.Groups["dev_l"].Success ? Optional(match.Groups["dev_n"]) : null;
        var local = match.Groups["local"].Success ? match.Groups["local"].Value.ToLowerInvariant().Split('.', '-', '_') : [];
        return new Pep440Version(
            match.Groups["epoch"].Success ? Number(match.Groups["epoch"].Value) : 0,
            release,
            preLabel,
            Optional(match.Groups["pre_n"]),
            post,
            dev,
            local);
    }

    public int CompareTo(Pep440Version? other)
    {
        if (other is null)
        {
            return 1;
        }

        var result = Epoch.CompareTo(other.Epoch);
        for (var i = 0; result == 0 && i < Math.Max(Release.Count, other.Release.Count); i++)
        {
            result = (i < Release.Count ? Release[i] : 0).CompareTo(i < other.Release.Count ? other.Release[i] : 0);
        }

        if (result == 0)
        {
            result = PreRank().CompareTo(other.PreRank());
        }

        if (result == 0 && PreLabel is not null)
        {
            result = string.CompareOrdinal(PreLabel, other.PreLabel) is var c && c != 0 ? c : Pre.CompareTo(other.Pre);
        }

        if (result == 0)
        {
            result = (Post ?? -1).CompareTo(other.Post ?? -1);
        }

        if (result == 0)
        {
            // No dev segment sorts after every dev release.
            result = (Dev is null, other.Dev is null) switch
            {
                (true, true) => 0,
                (true, false) => 1,
                (false, true) => -1,
                _ => Dev!.Value.CompareTo(other.Dev!.Value),
            };
        }

        return result != 0 ? result : CompareLocal(Local, other.Local);
    }

    /// <summary>A bare dev release (<c>1.0.dev1</c>) sorts before any pre-release, a final release after them.</summary>
    private int PreRank() => PreLabel is not null ? 1 : Post is null && Dev is not null ? 0 : 2;

    private static int CompareLocal(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var aNumeric = a[i].All(char.IsAsciiDigit);
            var bNumeric = b[i].All(char.IsAsciiDigit);
            var result = (aNumeric, bNumeric) switch
            {
                (true, true) => Number(a[i]).CompareTo(Number(b[i])),
                (true, false) => 1,
                (false, true) => -1,
                _ => string.CompareOrdinal(a[i], b[i]),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    private static BigInteger Number(string digits) => BigInteger.Parse(digits, CultureInfo.InvariantCulture);

    private static BigInteger Optional(Group group) => group.Success ? Number(group.Value) : 0;

    [GeneratedRegex(@"^v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?:[-_.]?(?<pre_l>alpha|beta|preview|pre|rc|a|b|c)[-_.]?(?<pre_n>[0-9]+)?)?(?:-(?<post_n1>[0-9]+)|[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?)?(?:[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?(?:\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
