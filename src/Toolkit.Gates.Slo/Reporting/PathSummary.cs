using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>
/// One note per golden path with what a reviewer wants to see in the report: each SLI's value against its objective,
/// the budget left, the burn rate of every window pair, and the probe's results.
/// </summary>
internal static class PathSummary
{
    public static Finding For(PathMeasurement measured)
    {
        var parts = new List<string>();
        foreach (var sli in measured.Slis.Where(s => s.NoData is null))
        {
            if (sli.Sli.Kind == SliKind.Ratio)
            {
                var pairs = string.Join(", ", sli.Pairs.Select(p => $"{p.Pair.Name} {Figures.Format(p.LongBurn)}/{Figures.Format(p.ShortBurn)}"));
                parts.Add($"{sli.Sli.Name}: {Figures.Percent(1 - sli.ErrorRate!.Value)} good over {Durations.Format(measured.Path.EvaluationWindow)} (objective {Figures.Format(sli.Sli.Objective)}%), {Figures.Percent(sli.BudgetRemaining!.Value)} of the {Durations.Format(sli.Sli.Window)} budget left, burn {pairs}");
            }
            else
            {
                parts.Add($"{sli.Sli.Name}: " + string.Join(", ", sli.LatencyMs.Select(l => $"{l.Key} {Figures.Format(l.Value)}")));
            }
        }

        if (measured.Probe is { } probe)
        {
            parts.Add($"probe {probe.Requests} request(s): p50 {Figures.Format(probe.P50Ms)} ms, p95 {Figures.Format(probe.P95Ms)} ms, p99 {Figures.Format(probe.P99Ms)} ms, error rate {Figures.Format(probe.ErrorRate)}");
        }

        var message = $"golden path '{measured.Path.Name}' (owner {measured.Path.Owner}): {(parts.Count == 0 ? "nothing measured" : string.Join("; ", parts))}.";
        return SloRules.Summary.Find(Severity.Note, message, measured.Path.Location);
    }
}
