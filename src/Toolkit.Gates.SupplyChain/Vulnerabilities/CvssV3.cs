namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// CVSS v3.0/v3.1 base score from a vector (<c>CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H</c>), computed with the
/// specification's formulas and its Roundup function (v3.1 §7.4, which v3.0 scores also use here).
/// </summary>
internal static class CvssV3
{
    /// <summary>The base score (0.0-10.0), or null when the vector is not a complete v3 base vector.</summary>
    public static double? BaseScore(string vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var parts = vector.Split('/');
        if (parts.Length < 9 || parts[0] is not ("CVSS:3.1" or "CVSS:3.0"))
        {
            return null;
        }

        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !metrics.TryAdd(part[..colon], part[(colon + 1)..]))
            {
                return null;
            }
        }

        if (!metrics.TryGetValue("S", out var scope) || scope is not ("U" or "C"))
        {
            return null;
        }

        var changed = scope == "C";
        double? av = Get(metrics, "AV") switch { "N" => 0.85, "A" => 0.62, "L" => 0.55, "P" => 0.2, _ => null };
        double? ac = Get(metrics, "AC") switch { "L" => 0.77, "H" => 0.44, _ => null };
        double? pr = Get(metrics, "PR") switch { "N" => 0.85, "L" => changed ? 0.68 : 0.62, "H" => changed ? 0.5 : 0.27, _ => null };
        double? ui = Get(metrics, "UI") switch { "N" => 0.85, "R" => 0.62, _ => null };
        double? c = Impact(Get(metrics, "C"));
        double? i = Impact(Get(metrics, "I"));
        double? a = Impact(Get(metrics, "A"));
        if (av is null || ac is null || pr is null || ui is null || c is null || i is null || a is null)
        {
            return null;
        }

        var iss = 1 - ((1 - c.Value) * (1 - i.Value) * (1 - a.Value));
        var impact = changed ? (7.52 * (iss - 0.029)) - (3.25 * Math.Pow(iss - 0.02, 15)) : 6.42 * iss;
        var exploitability = 8.22 * av.Value * ac.Value * pr.Value * ui.Value;
        if (impact <= 0)
        {
            return 0.0;
        }

        return changed ? Roundup(Math.Min(1.08 * (impact + exploitability), 10)) : Roundup(Math.Min(impact + exploitability, 10));
    }

    /// <summary>The smallest number with one decimal that is equal to or higher than the input (CVSS v3.1 Appendix A).</summary>
    public static double Roundup(double input)
    {
        var integer = (long)Math.Round(input * 100000);
        return integer % 10000 == 0 ? integer / 100000.0 : (Math.Floor(integer / 10000.0) + 1) / 10.0;
    }

    private static string? Get(Dictionary<string, string> metrics, string key) => metrics.GetValueOrDefault(key);

    private static double? Impact(string? value) => value switch { "H" => 0.56, "L" => 0.22, "N" => 0.0, _ => null };
}
