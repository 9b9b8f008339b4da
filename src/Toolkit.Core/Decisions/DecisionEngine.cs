using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Decisions;

/// <summary>
/// Aggregates verdicts into go/no-go. Promotion is stricter than merging: a required gate that is missing, failed, or
/// could not evaluate (<c>error</c>, fail-open or not) is a no-go; warnings block only with fail-on warn.
/// </summary>
public static class DecisionEngine
{
    /// <summary>Prefix of the performance gate's metrics that become <see cref="Decision.Headroom"/>, keyed by the rest of the name (the service).</summary>
    public const string HeadroomMetricPrefix = "headroom.";

    /// <summary>The dr-freshness metric that becomes <see cref="Decision.DrillRecent"/>: 1 when every system has a recent passing drill.</summary>
    public const string DrillRecentMetric = "drill_recent";

    /// <summary>
    /// Decides go/no-go from <paramref name="verdicts"/>. A gate with several verdicts is a problem (no-go): nothing
    /// says which one counts, so none is trusted to pass; its line shows the worst of them.
    /// </summary>
    /// <param name="verdicts">The verdicts read, in any order.</param>
    /// <param name="required">Gates that must have a verdict that does not block; any other gate only informs (risk open).</param>
    /// <param name="failOn">The level that blocks: <see cref="VerdictStatus.Warn"/> makes warnings block too.</param>
    /// <param name="problems">Problems with the inputs (unreadable verdict files); any makes the decision no-go.</param>
    public static Decision Decide(
        IReadOnlyList<GateVerdict> verdicts,
        IReadOnlyList<string> required,
        VerdictStatus failOn = VerdictStatus.Fail,
        IReadOnlyList<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(required);
        var groups = verdicts.GroupBy(v => v.Gate, StringComparer.Ordinal).ToList();
        var byGate = groups.ToDictionary(g => g.Key, g => g.MaxBy(v => Rank(v.Verdict))!, StringComparer.Ordinal);
        var duplicates = groups.Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {g.Count()} verdicts for one gate ({string.Join(", ", g.Select(v => Word(v.Verdict)))}); keep one verdict file per gate.");
        var gates = required.Concat(byGate.Keys).Distinct(StringComparer.Ordinal)
            .OrderBy(g => IndexOf(g)).ThenBy(g => g, StringComparer.Ordinal);

        var lines = new List<GateDecision>();
        foreach (var gate in gates)
        {
            var isRequired = required.Contains(gate, StringComparer.Ordinal);
            if (!byGate.TryGetValue(gate, out var verdict))
            {
                lines.Add(new GateDecision(gate, GateIds.KeyOf(gate), GateDecision.Missing, isRequired, isRequired, "no verdict file; the gate did not run"));
                continue;
            }

            var blocks = isRequired && (verdict.Verdict == VerdictStatus.Error || verdict.Blocks(failOn));
            lines.Add(new GateDecision(gate, verdict.Key, Word(verdict.Verdict), isRequired, blocks, verdict.Summary));
        }

        var allProblems = (problems ?? []).Concat(duplicates).ToList();
        return new Decision(
            Go: allProblems.Count == 0 && !lines.Any(l => l.Blocks),
            Gates: lines.ToDictionary(l => l.Key, l => l.Verdict, StringComparer.Ordinal),
            Lines: lines)
        {
            Headroom = Headroom(byGate.GetValueOrDefault(GateIds.Performance)),
            DrillRecent = DrillRecent(byGate.GetValueOrDefault(GateIds.Dr)),
            Exceptions = verdicts.SelectMany(v => v.Waived.Select(w => new DecisionException(
                v.Gate, w.Waiver.Rule, w.Finding.Location?.Path, w.Waiver.Reason, w.Waiver.Owner, w.Waiver.Expires)))
                .Distinct().ToList(),
            Problems = allProblems,
        };
    }

    private static SortedDictionary<string, double> Headroom(GateVerdict? performance)
    {
        var headroom = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (performance is null)
        {
            return headroom;
        }

        foreach (var (name, value) in performance.Metrics)
        {
            if (name.StartsWith(HeadroomMetricPrefix, StringComparison.Ordinal))
            {
                headroom[name[HeadroomMetricPrefix.Length..]] = value;
            }
        }

        return headroom;
    }

    // Without a dr-freshness verdict nothing measured drills, so the field stays unknown rather than invented. A verdict
    // that could not evaluate says nothing about drills either, so only a metric the gate computed counts.
    private static bool? DrillRecent(GateVerdict? dr) =>
        dr is null ? null : dr.Verdict != VerdictStatus.Error && dr.Metrics.TryGetValue(DrillRecentMetric, out var value) && value >= 1;

    private static int IndexOf(string gate)
    {
        var index = GateIds.All.ToList().IndexOf(gate);
        return index < 0 ? int.MaxValue : index;
    }

    private static int Rank(VerdictStatus status) => status switch
    {
        VerdictStatus.Pass => 0,
        VerdictStatus.Warn => 1,
        VerdictStatus.Fail => 2,
        _ => 3,
    };

    private static string Word(VerdictStatus status) => status.ToString().ToLowerInvariant();
}
