using System.Collections.Frozen;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// The data the CVSS v4.0 interpolation uses, as in the FIRST calculator: the highest-severity vectors of each EQ
/// level (<c>max_composed</c>), the depth of each level in severity steps (<c>max_severity</c>) and the severity
/// level of each metric value (<c>METRIC_LEVELS</c>; 0.1 a step, lower is more severe).
/// </summary>
internal static class CvssV4MaxVectors
{
    /// <summary>EQ1 and EQ2 maxima by level.</summary>
    public static IReadOnlyList<string[]> Eq1 { get; } =
    [
        ["AV:N/PR:N/UI:N"],
        ["AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"],
        ["AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"],
    ];

    public static IReadOnlyList<string[]> Eq2 { get; } = [["AC:L/AT:N"], ["AC:H/AT:N", "AC:L/AT:P"]];

    /// <summary>EQ3 and EQ6 are scored together: maxima by EQ3 level, then EQ6 level (EQ3=2 has only EQ6=1).</summary>
    public static IReadOnlyList<string[]?[]> Eq3Eq6 { get; } =
    [
        [["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"], ["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"]],
        [
            ["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],
            ["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M", "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H", "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"],
        ],
        [null, ["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"]],
    ];

    public static IReadOnlyList<string[]> Eq4 { get; } = [["SC:H/SI:S/SA:S"], ["SC:H/SI:H/SA:H"], ["SC:L/SI:L/SA:L"]];

    public static IReadOnlyList<string[]> Eq5 { get; } = [["E:A"], ["E:P"], ["E:U"]];

    /// <summary>Depth of each level in severity steps (the official table, which already counts the +1).</summary>
    public static IReadOnlyList<int> Eq1Depth { get; } = [1, 4, 5];

    public static IReadOnlyList<int> Eq2Depth { get; } = [1, 2];

    /// <summary>By EQ3, then EQ6; the 0 stands for EQ3=2 with EQ6=0, which cannot occur.</summary>
    public static IReadOnlyList<int[]> Eq3Eq6Depth { get; } = [[7, 6], [8, 8], [0, 10]];

    public static IReadOnlyList<int> Eq4Depth { get; } = [6, 5, 4];

    /// <summary>Metric value severity levels by metric.</summary>
    public static FrozenDictionary<string, FrozenDictionary<string, double>> Levels { get; } = new Dictionary<string, FrozenDictionary<string, double>>(StringComparer.Ordinal)
    {
        ["AV"] = Map(("N", 0.0), ("A", 0.1), ("L", 0.2), ("P", 0.3)),
        ["PR"] = Map(("N", 0.0), ("L", 0.1), ("H", 0.2)),
        ["UI"] = Map(("N", 0.0), ("P", 0.1), ("A", 0.2)),
        ["AC"] = Map(("L", 0.0), ("H", 0.1)),
        ["AT"] = Map(("N", 0.0), ("P", 0.1)),
        ["VC"] = Map(("H", 0.0), ("L", 0.1), ("N", 0.2)),
        ["VI"] = Map(("H", 0.0), ("L", 0.1), ("N", 0.2)),
        ["VA"] = Map(("H", 0.0), ("L", 0.1), ("N", 0.2)),
        ["SC"] = Map(("H", 0.1), ("L", 0.2), ("N", 0.3)),
        ["SI"] = Map(("S", 0.0), ("H", 0.1), ("L", 0.2), ("N", 0.3)),
        ["SA"] = Map(("S", 0.0), ("H", 0.1), ("L", 0.2), ("N", 0.3)),
        ["CR"] = Map(("H", 0.0), ("M", 0.1), ("L", 0.2)),
        ["IR"] = Map(("H", 0.0), ("M", 0.1), ("L", 0.2)),
        ["AR"] = Map(("H", 0.0), ("M", 0.1), ("L", 0.2)),
        ["E"] = Map(("U", 0.2), ("P", 0.1), ("A", 0.0)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, KeyValuePair<string, string>[]> Parsed =
        Eq1.Concat(Eq2).Concat(Eq3Eq6.SelectMany(e => e).OfType<string[]>()).Concat(Eq4).Concat(Eq5).SelectMany(o => o).Distinct()
            .ToFrozenDictionary(o => o, o => o.Split('/').Select(p => p.Split(':')).Select(p => KeyValuePair.Create(p[0], p[1])).ToArray(), StringComparer.Ordinal);

    /// <summary>The metric values one part of a highest-severity vector sets (<c>AV:N/PR:N/UI:N</c> -> AV=N, PR=N, UI=N).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Metrics(string part) => Parsed[part];

    private static FrozenDictionary<string, double> Map(params (string Value, double Level)[] levels) =>
        levels.ToFrozenDictionary(l => l.Value, l => l.Level, StringComparer.Ordinal);
}
