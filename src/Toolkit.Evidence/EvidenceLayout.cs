using Toolkit.Core.Gates;

namespace Toolkit.Evidence;

/// <summary>
/// Where each file of the gates' output directory goes in a pack: verdicts under <c>verdicts/</c>, and evidence under
/// the folders the release contract names (<c>sbom/</c>, <c>attestations/</c>, <c>signatures/</c>, <c>slo/</c>,
/// <c>perf/</c>, <c>migrations/</c>, <c>alerts/</c>, <c>dr/</c>). Anything else keeps its relative path.
/// </summary>
public static class EvidenceLayout
{
    /// <summary>Suffix of a verdict file at the top of the output directory (<c>&lt;gate&gt;.verdict.json</c>), packed as <c>verdicts/&lt;gate&gt;.json</c>.</summary>
    public const string VerdictSuffix = ".verdict.json";

    private static readonly (string Prefix, string Kind)[] Kinds =
    [
        ("verdicts/", "verdict"),
        ("sbom/", "sbom"),
        ("attestations/", "slsa"),
        ("signatures/", "signatures"),
        ("slo/", "slo"),
        ("perf/", "perf"),
        ("migrations/", "migrations"),
        ("alerts/", "alerts"),
        ("dr/", "dr"),
    ];

    /// <summary>The pack path of <paramref name="source"/>, a <c>/</c>-separated path relative to the output directory.</summary>
    public static string Map(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var slash = source.IndexOf('/', StringComparison.Ordinal);
        var file = source[(source.LastIndexOf('/') + 1)..];
        if (slash < 0 && source.EndsWith(VerdictSuffix, StringComparison.Ordinal))
        {
            return $"verdicts/{source[..^VerdictSuffix.Length]}.json";
        }

        if (source.EndsWith(".sig", StringComparison.Ordinal))
        {
            return "signatures/" + file;
        }

        var gate = slash < 0 ? string.Empty : source[..slash];
        var rest = slash < 0 ? source : source[(slash + 1)..];
        return gate switch
        {
            GateIds.SupplyChain when rest.StartsWith("attestations/", StringComparison.Ordinal) => rest,
            GateIds.SupplyChain when !rest.Contains('/', StringComparison.Ordinal) && IsSbom(rest) => "sbom/" + rest,
            GateIds.Slo when rest.StartsWith("slo/", StringComparison.Ordinal) => rest,
            GateIds.Performance when rest.StartsWith("perf/", StringComparison.Ordinal) => rest,
            GateIds.Migrations => "migrations/" + rest,
            GateIds.Policy when rest == "alert-hygiene.json" => "alerts/hygiene.json",
            GateIds.Dr when rest.StartsWith("dr/", StringComparison.Ordinal) => rest,
            _ => source,
        };
    }

    /// <summary>The artifact's kind in the manifest (the release contract's artifact names).</summary>
    public static string KindOf(string packPath)
    {
        ArgumentNullException.ThrowIfNull(packPath);
        foreach (var (prefix, kind) in Kinds)
        {
            if (packPath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return packPath switch
        {
            EvidencePack.IndexPath => "index",
            "release_notes.md" => "release_notes",
            "approvals_matrix.json" => "approvals",
            _ when packPath.EndsWith(".intoto.jsonl", StringComparison.Ordinal) => "slsa",
            _ => "other",
        };
    }

    private static bool IsSbom(string file) =>
        file.EndsWith(".spdx.json", StringComparison.Ordinal) || file.EndsWith(".cdx.json", StringComparison.Ordinal) || file == "sbom-diff.json";
}
