namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>
/// The CVSS v4.0 metrics and their allowed values, in the specification's vector order (§7): the 11 mandatory base
/// metrics, then threat (E), environmental (CR..MSA) and supplemental (S..U). For the optional ones the first value,
/// X (Not Defined), is the default when the vector leaves them out.
/// </summary>
internal static class CvssV4Metrics
{
    public const int BaseCount = 11;

    /// <summary>Index of E, the only threat metric; the environmental ones follow it.</summary>
    public const int Threat = 11;

    /// <summary>One past the last environmental metric (MSA); the supplemental ones follow.</summary>
    public const int EnvironmentalEnd = 26;

    public static IReadOnlyList<(string Name, string[] Values)> All { get; } =
    [
        ("AV", ["N", "A", "L", "P"]),
        ("AC", ["L", "H"]),
        ("AT", ["N", "P"]),
        ("PR", ["N", "L", "H"]),
        ("UI", ["N", "P", "A"]),
        ("VC", ["N", "L", "H"]),
        ("VI", ["N", "L", "H"]),
        ("VA", ["N", "L", "H"]),
        ("SC", ["N", "L", "H"]),
        ("SI", ["N", "L", "H"]),
        ("SA", ["N", "L", "H"]),
        ("E", ["X", "A", "P", "U"]),
        ("CR", ["X", "H", "M", "L"]),
        ("IR", ["X", "H", "M", "L"]),
        ("AR", ["X", "H", "M", "L"]),
        ("MAV", ["X", "N", "A", "L", "P"]),
        ("MAC", ["X", "L", "H"]),
        ("MAT", ["X", "N", "P"]),
        ("MPR", ["X", "N", "L", "H"]),
        ("MUI", ["X", "N", "P", "A"]),
        ("MVC", ["X", "H", "L", "N"]),
        ("MVI", ["X", "H", "L", "N"]),
        ("MVA", ["X", "H", "L", "N"]),
        ("MSC", ["X", "H", "L", "N"]),
        ("MSI", ["X", "S", "H", "L", "N"]),
        ("MSA", ["X", "S", "H", "L", "N"]),
        ("S", ["X", "N", "P"]),
        ("AU", ["X", "N", "Y"]),
        ("R", ["X", "A", "U", "I"]),
        ("V", ["X", "D", "C"]),
        ("RE", ["X", "L", "M", "H"]),
        ("U", ["X", "Clear", "Green", "Amber", "Red"]),
    ];

    public static IReadOnlyDictionary<string, int> Index { get; } =
        All.Select((metric, i) => (metric.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>For each metric, the index of the modified metric that overrides it (MAV for AV...), or -1.</summary>
    public static IReadOnlyList<int> ModifiedBy { get; } = All.Select(m => Index.GetValueOrDefault("M" + m.Name, -1)).ToArray();
}
