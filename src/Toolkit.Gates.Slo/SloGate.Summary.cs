using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo;

public sealed partial class SloGate
{
    /// <summary>
    /// One note per golden path with what a reviewer wants to see in the report: each SLI's value against its
    /// objective, the budget left, the burn rate of every window pair, and the probe's results.
    /// </summary>
    internal static Finding Summary(PathEvaluation evaluation)
    {
        var parts = new List<string>();
        foreach (var sli in evaluation.Slis.Where(s => s.NoData is null))
        {
            if (sli.Sli.Kind == SliKind.Ratio)
            {
                var pairs = string.Join(", ", sli.Pairs.Select(p => $"{p.Pair.Name} {Format(p.LongBurn)}/{Format(p.ShortBurn)}"));
                parts.Add($"{sli.Sli.Name}: {Percent(1 - sli.ErrorRate!.Value)} good over {Durations.Format(evaluation.Path.EvaluationWindow)} (objective {Format(sli.Sli.Objective)}%), {Percent(sli.BudgetRemaining!.Value)} of the {Durations.Format(sli.Sli.Window)} budget left, burn {pairs}");
            }
            else
            {
                parts.Add($"{sli.Sli.Name}: " + string.Join(", ", sli.LatencyMs.Select(l => $"{l.Key} {Format(l.Value)}")));
            }
        }

        if (evaluation.Probe is { } probe)
        {
            parts.Add($"probe {probe.Requests} request(s): p50 {Format(probe.P50Ms)} ms, p95 {Format(probe.P95Ms)} ms, p99 {Format(probe.P99Ms)} ms, error rate {Format(probe.ErrorRate)}");
        }

        var message = $"golden path '{evaluation.Path.Name}' (owner {evaluation.Path.Owner}): {(parts.Count == 0 ? "nothing measured" : string.Join("; ", parts))}.";
        return new Finding("slo/summary", Severity.Note, message, evaluation.Path.Location) { Title = "Golden path measured" };
    }

    private static string Percent(double ratio) => ratio.ToString("0.###%", CultureInfo.InvariantCulture);
}
