// Kept: Semver 3.0.0 was checked against node-semver 7.8.5 and accepts versions above 2^53 - 1, which npm refuses.
using System.Globalization;
using System.Numerics;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// A semantic version as npm compares it (semver 2.0.0 §11): major.minor.patch numerically; a pre-release sorts before
/// its release; pre-release identifiers compare numerically when numeric, by ASCII otherwise, numeric before
/// alphanumeric, and a shorter list first when all shared identifiers are equal. Build metadata is ignored.
/// </summary>
internal sealed record SemVersion(BigInteger Major, BigInteger Minor, BigInteger Patch, IReadOnlyList<string> Prerelease) : IComparable<SemVersion>
{
    /// <summary>npm refuses a version number above JavaScript's Number.MAX_SAFE_INTEGER (2^53 − 1).</summary>
    private static readonly BigInteger MaxSafeInteger = (BigInteger.One << 53) - 1;

    /// <summary>Parses <c>1.2.3</c>, <c>v1.2.3-rc.1+build</c>; null when it is not a semantic version.</summary>
    public static SemVersion? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // npm's strict grammar: one optional lower-case v, no leading zeros, identifiers of [0-9A-Za-z-].
        var value = text.Trim();
        value = value.StartsWith('v') ? value[1..] : value;
        var plus = value.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            if (!value[(plus + 1)..].Split('.').All(IsIdentifier))
            {
                return null;
            }

            value = value[..plus];
        }

        string[] prerelease = [];
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            prerelease = value[(dash + 1)..].Split('.');
            value = value[..dash];
            if (!prerelease.All(p => IsIdentifier(p) && !(p.Length > 1 && p[0] == '0' && p.All(char.IsAsciiDigit))))
            {
                return null;
            }
        }

        var parts = value.Split('.');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0')))
        {
            return null;
        }

        var numbers = parts.Select(p => BigInteger.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Any(n => n > MaxSafeInteger))
        {
            return null;
        }

        return new SemVersion(numbers[0], numbers[1], numbers[2], prerelease);
    }
    public int CompareTo(SemVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var core = Major.CompareTo(other.Major);
        core = core != 0 ? core : Minor.CompareTo(other.Minor);
        core = core != 0 ? core : Patch.CompareTo(other.Patch);
        if (core != 0)
        {
            return core;
        }

        if (Prerelease.Count == 0 || other.Prerelease.Count == 0)
        {
            // A release is greater than any of its pre-releases.
            return other.Prerelease.Count.CompareTo(Prerelease.Count) switch { 0 => 0, var c => Math.Sign(c) };
        }

        for (var i = 0; i < Math.Min(Prerelease.Count, other.Prerelease.Count); i++)
        {
            var c = CompareIdentifier(Prerelease[i], other.Prerelease[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return Prerelease.Count.CompareTo(other.Prerelease.Count);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}") + (Prerelease.Count == 0 ? string.Empty : "-" + string.Join('.', Prerelease));

    private static bool IsIdentifier(string part) => part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static int CompareIdentifier(string a, string b)
    {
        var aNumeric = a.All(char.IsAsciiDigit);
        var bNumeric = b.All(char.IsAsciiDigit);
        return (aNumeric, bNumeric) switch
        {
            (true, true) => BigInteger.Parse(a, CultureInfo.InvariantCulture).CompareTo(BigInteger.Parse(b, CultureInfo.InvariantCulture)),
            (true, false) => -1,
            (false, true) => 1,
            _ => Math.Sign(string.CompareOrdinal(a, b)),
        };
    }
}
