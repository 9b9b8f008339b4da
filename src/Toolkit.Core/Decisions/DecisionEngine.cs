using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Decisions;

/// <summary>
/// Aggregates verdicts into go/no-go. Promotion is stricter than merging: a required gate that is missing, failed, or
/// could not evaluate (<c>error</c>, fail-open or not) is a no-go; warnings block only with fail-on warn.
/// </summary>
public static class DecisionEngine
{
    public const string HeadroomMetricPrefix = "headroom.";

    public static Decision Decide(
        IReadOnlyList<GateVerdict> verdicts,
        IReadOnlyList<string> required,
        VerdictStatus failOn = VerdictStatus.Fail,
        IReadOnlyList<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(required);
        var byGate = verdicts.GroupBy(v => v.Gate, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
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

        var allProblems = problems ?? [];
        return new Decision(
            Go: allProblems.Count == 0 && !lines.Any(l => l.Blocks),
            Gates: lines.ToDictionary(l => l.Key, l => l.Verdict, StringComparer.Ordinal),
            Lines: lines)
        {
            Headroom = Headroom(byGate.GetValueOrDefault(GateIds.Performance)),
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

    private static int IndexOf(string gate)
    {
        var index = GateIds.All.ToList().IndexOf(gate);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Word(VerdictStatus status) => status.ToString().ToLowerInvariant();
}
