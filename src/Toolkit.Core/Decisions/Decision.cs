namespace Toolkit.Core.Decisions;

/// <summary>
/// The computed go/no-go (release contract: never hand-written). <see cref="Gates"/> maps aggregate keys to verdicts,
/// the shape the release process reads; <see cref="Lines"/> keeps the detail for people.
/// </summary>
/// <param name="Go">True when no line blocks and the inputs had no problems.</param>
/// <param name="Gates">Verdict word per aggregate key (<c>supply_chain</c> ...), including <c>missing</c> for required gates that did not run.</param>
/// <param name="Lines">One line per gate, required gates and gates with a verdict, in the toolkit's gate order.</param>
public sealed record Decision(bool Go, IReadOnlyDictionary<string, string> Gates, IReadOnlyList<GateDecision> Lines)
{
    /// <summary>The release being decided, when given.</summary>
    public string? Version { get; init; }

    /// <summary><c>go</c> or <c>no-go</c>, the word <c>decision.json</c> and the action output carry.</summary>
    public string Decided => Go ? "go" : "no-go";

    /// <summary>
    /// Capacity headroom per service (<c>1 - expected_peak / capacity</c>, a fraction: 0.2 is 20%), from the performance
    /// gate's <c>headroom.*</c> metrics; empty without a performance verdict.
    /// </summary>
    public IReadOnlyDictionary<string, double> Headroom { get; init; } = new SortedDictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Waivers in force across all verdicts.</summary>
    public IReadOnlyList<DecisionException> Exceptions { get; init; } = [];

    /// <summary>Problems with the inputs (unreadable verdict files); any makes the decision no-go.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>
    /// Whether the release's signed evidence pack was given (<c>gate decide --evidence</c>) and verifies. Without a
    /// pack it is false and does not block; a pack that does not verify is a problem, and so a no-go.
    /// </summary>
    public bool EvidenceSigned { get; init; }

    /// <summary>Whether every system dr-freshness checks has a recent passing restore drill; null when no dr-freshness verdict was decided.</summary>
    public bool? DrillRecent { get; init; }

    /// <summary>What was found about the evidence pack, for people; null when none was given.</summary>
    public string? EvidenceNote { get; init; }

    /// <summary>The lines that make the decision no-go (problems aside).</summary>
    public IEnumerable<GateDecision> Blocking => Lines.Where(l => l.Blocks);

    /// <summary>Risks that did not block: warnings, and gates that are not required but did not pass.</summary>
    public IEnumerable<GateDecision> RiskOpen => Lines.Where(l => !l.Blocks && l.Verdict != "pass");
}
