using System.Diagnostics.CodeAnalysis;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// A parsed CVSS v4.0 vector (<c>CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N[/E:..][/CR:..]...</c>).
/// Parsing is strict about what the specification forbids (wrong prefix, unknown metric or value, a metric given twice,
/// a missing base metric) but accepts the metrics in any order: order carries no meaning for the score, and a feed
/// that reorders them should not lose its severity over it.
/// </summary>
internal sealed class CvssV4Vector
{
    public const string Prefix = "CVSS:4.0";

    private readonly string[] values;

    private readonly string[] effective;

    private CvssV4Vector(string text, string[] values)
    {
        Text = text;
        this.values = values;
        effective = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            effective[i] = EffectiveOf(i);
        }
    }

    /// <summary>The vector as given (trimmed).</summary>
    public string Text { get; }

    /// <summary>CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE: which metric groups (threat, environmental) the vector sets (§1.3).</summary>
    public string Nomenclature
    {
        get
        {
            var threat = values[CvssV4Metrics.Threat] != "X";
            var environmental = values[(CvssV4Metrics.Threat + 1)..CvssV4Metrics.EnvironmentalEnd].Any(v => v != "X");
            return "CVSS-B" + (threat ? "T" : string.Empty) + (environmental ? "E" : string.Empty);
        }
    }

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong. Never throws.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CvssV4Vector? vector, out string error)
    {
        vector = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (!trimmed.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            var prefix = trimmed.Split('/')[0];
            error = trimmed.Length == 0 ? "the vector is empty" : $"the vector starts with '{Truncate(prefix)}', not '{Prefix}/'";
            return false;
        }

        var values = new string?[CvssV4Metrics.All.Count];
        foreach (var part in trimmed[(Prefix.Length + 1)..].Split('/'))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == part.Length - 1)
            {
                error = $"'{Truncate(part)}' is not a METRIC:VALUE pair";
                return false;
            }

            var (name, value) = (part[..colon], part[(colon + 1)..]);
            if (!CvssV4Metrics.Index.TryGetValue(name, out var index))
            {
                error = $"unknown metric '{Truncate(name)}'";
                return false;
            }

            if (values[index] is not null)
            {
                error = $"metric {name} is given twice";
                return false;
            }

            var allowed = CvssV4Metrics.All[index].Values;
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                error = $"'{Truncate(part)}' is not a valid value of {name} (allowed: {string.Join(", ", allowed)})";
                return false;
            }

            values[index] = value;
        }

        var missing = CvssV4Metrics.All.Take(CvssV4Metrics.BaseCount).Where((_, i) => values[i] is null).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            error = $"missing mandatory base metric{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing)}";
            return false;
        }

        vector = new CvssV4Vector(trimmed, values.Select((v, i) => v ?? CvssV4Metrics.All[i].Values[0]).ToArray());
        error = string.Empty;
        return true;
    }

    /// <summary>The value the vector gives <paramref name="metric"/>, X when it is left out.</summary>
    public string Value(string metric) => values[CvssV4Metrics.Index[metric]];

    /// <summary>
    /// The value the score uses, as the official calculator's <c>getEffectiveMetricValue</c>: E, CR, IR and AR that are
    /// not defined count as their worst case (A, H); a modified metric (MAV...) that is defined overrides its base one.
    /// </summary>
    public string Effective(string metric) => effective[CvssV4Metrics.Index[metric]];

    public override string ToString() => Text;

    // Garbage input can be long; messages quote only the start of it.
    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";

    private string EffectiveOf(int index)
    {
        var (metric, value) = (CvssV4Metrics.All[index].Name, values[index]);
        if (value == "X" && metric is "E" or "CR" or "IR" or "AR")
        {
            return metric == "E" ? "A" : "H";
        }

        var modified = CvssV4Metrics.ModifiedBy[index];
        return modified >= 0 && values[modified] != "X" ? values[modified] : value;
    }
}
