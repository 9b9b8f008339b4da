namespace Toolkit.Core.Verdicts;

/// <summary>
/// The contract every gate returns and every reporter reads. Serialized as <c>&lt;out&gt;/&lt;gate&gt;.verdict.json</c>
/// and validated by <c>schemas/verdict.schema.json</c>.
/// </summary>
/// <param name="Gate">The required-check name (<c>supply-chain</c> ...); see <see cref="Gates.GateIds"/>.</param>
/// <param name="Verdict">The outcome.</param>
/// <param name="Summary">One line for tables, statuses and titles.</param>
public sealed record GateVerdict(string Gate, VerdictStatus Verdict, string Summary)
{
    /// <summary>The schema version of this document.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The short key aggregate documents use (<c>supply_chain</c> ...).</summary>
    public string Key => Gates.GateIds.KeyOf(Gate);

    /// <summary>The environment the verdict is for (<c>settings.environment</c>).</summary>
    public string Environment { get; init; } = "default";

    /// <summary>The gate's own Markdown section for people (see <see cref="Gates.GateOutcome.Details"/>).</summary>
    public string? Details { get; init; }

    /// <summary>Measurements by name, sorted ordinally; finite values only, since JSON has no NaN.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new SortedDictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Thresholds checked and whether each held.</summary>
    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];

    /// <summary>Findings that count after waivers (including the waiver engine's own), errors first, then by file and line.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Findings a live waiver covered, with that waiver.</summary>
    public IReadOnlyList<WaivedFinding> Waived { get; init; } = [];

    /// <summary>Files that back the verdict, with their SHA-256.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>True when the verdict was <c>error</c> and the user chose fail-open for this gate.</summary>
    public bool FailOpen { get; init; }

    /// <summary>Where and when the verdict was produced; stamped by the runner, null in a document that lacks it.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Whether this verdict blocks a merge, given the fail-on level.</summary>
    public bool Blocks(VerdictStatus failOn = VerdictStatus.Fail) => Verdict switch
    {
        VerdictStatus.Error => !FailOpen,
        VerdictStatus.Fail => true,
        VerdictStatus.Warn => failOn == VerdictStatus.Warn,
        _ => false,
    };

    /// <summary>The number of <see cref="Findings"/> (not waived) at <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
