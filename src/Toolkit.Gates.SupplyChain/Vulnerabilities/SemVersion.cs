using System.Globalization;
using System.Numerics;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// A semantic version as npm compares it (semver 2.0.0 §11): major.minor.patch numerically; a pre-release sorts before
/// its release; pre-release identifiers compare numerically when numeric, by ASCII otherwise, numeric before
/// alphanumeric, and a shorter list first when all shared identifiers are equal. Build metadata is ignored.
/// </summary>
public sealed record SemVersion(BigInteger Major, BigInteger Minor, BigInteger Patch, IReadOnlyList<string> Prerelease) : IComparable<SemVersion>
{
    /// <summary>Parses <c>1.2.3</c>, <c>v1.2.3-rc.1+build</c>; null when it is not a semantic version.</summary>
    public static SemVersion? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim().TrimStart('=', 'v', 'V');
        var plus = value.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            value = value[..plus];
        }

        string[] prerelease = [];
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            prerelease = value[(dash + 1)..].Split('.');
            value = value[..dash];
            if (prerelease.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
            {
                return null;
            }
        }

        var parts = value.Split('.');
        if (parts.Length != 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return new SemVersion(
            BigInteger.Parse(parts[0], CultureInfo.InvariantCulture),
            BigInteger.Parse(parts[1], CultureInfo.InvariantCulture),
            BigInteger.Parse(parts[2], CultureInfo.InvariantCulture),
            prerelease);
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
