using System.Globalization;
using System.Numerics;
using System.Text;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Versions;

/// <summary>
/// Packagist (Composer) ordering, which is PHP's <c>version_compare</c> after dropping a leading <c>v</c>: <c>_ - +</c>
/// become <c>.</c>, a <c>.</c> is put between digits and letters, then parts compare as numbers or as special words
/// <c>dev &lt; alpha = a &lt; beta = b &lt; RC = rc &lt; (number) &lt; pl = p</c> (other words before all of them);
/// a longer version wins when its extra part is a number (<c>1.0 &lt; 1.0.0</c>) and loses when it is a pre-release word.
/// </summary>
internal static class PackagistVersion
{
    public static bool IsValid(string? text) => text is not null && Canonical(text).Length > 0 && char.IsAsciiDigit(Canonical(text)[0]);

    public static int Compare(string a, string b)
    {
        var left = Canonical(a).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var right = Canonical(b).Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            int result;
            if (i >= left.Length)
            {
                result = IsNumber(right[i]) ? -1 : ComparePart("#", right[i]);
            }
            else if (i >= right.Length)
            {
                result = IsNumber(left[i]) ? 1 : ComparePart(left[i], "#");
            }
            else
            {
                result = ComparePart(left[i], right[i]);
            }

            if (result != 0)
            {
                return Math.Sign(result);
            }
        }

        return 0;
    }

    private static int ComparePart(string a, string b) => (IsNumber(a), IsNumber(b)) switch
    {
        (true, true) => BigInteger.Parse(a, CultureInfo.InvariantCulture).CompareTo(BigInteger.Parse(b, CultureInfo.InvariantCulture)),
        (true, false) => Special("#").CompareTo(Special(b)),
        (false, true) => Special(a).CompareTo(Special("#")),
        _ => Special(a).CompareTo(Special(b)),
    };

    private static bool IsNumber(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    /// <summary>PHP compares special forms by prefix ("alpha1" was already split, "pl" before "p").</summary>
    private static int Special(string part)
    {
        var lower = part.ToLowerInvariant();
        return lower switch
        {
            "dev" => 0,
            "alpha" or "a" => 1,
            "beta" or "b" => 2,
            "rc" => 3,
            "#" => 4,
            "pl" or "p" or "patch" => 5,
            _ => -6,
        };
    }

    private static string Canonical(string version)
    {
        var text = version.Trim();
        if (text.StartsWith('v') || text.StartsWith('V'))
        {
            text = text[1..];
        }

        var result = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is '_' or '-' or '+' ? '.' : text[i];
            if (result.Length > 0 && c != '.' && result[^1] != '.' && char.IsAsciiDigit(c) != char.IsAsciiDigit(result[^1]))
            {
                result.Append('.');
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
