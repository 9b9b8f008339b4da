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

    public string Environment { get; init; } = "default";

    /// <summary>The gate's own Markdown section for people (see <see cref="Gates.GateOutcome.Details"/>).</summary>
    public string? Details { get; init; }

    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new SortedDictionary<string, double>(StringComparer.Ordinal);

    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public IReadOnlyList<WaivedFinding> Waived { get; init; } = [];

    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>True when the verdict was <c>error</c> and the user chose fail-open for this gate.</summary>
    public bool FailOpen { get; init; }

    public Provenance? Provenance { get; init; }

    /// <summary>Whether this verdict blocks a merge, given the fail-on level.</summary>
    public bool Blocks(VerdictStatus failOn = VerdictStatus.Fail) => Verdict switch
    {
        VerdictStatus.Error => !FailOpen,
        VerdictStatus.Fail => true,
        VerdictStatus.Warn => failOn == VerdictStatus.Warn,
        _ => false,
    };

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
