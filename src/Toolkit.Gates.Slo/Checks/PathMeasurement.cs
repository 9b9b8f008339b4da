using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Probes;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>Everything measured for one golden path.</summary>
internal sealed record PathMeasurement(GoldenPath Path, IReadOnlyList<SliResult> Slis, ProbeResult? Probe)
{
    /// <summary>The values a threshold metric has, per source (<c>prometheus</c>, <c>probe</c>); empty when nothing measures it.</summary>
    public IReadOnlyList<(string Source, double Value)> Values(string metric, BurnLevel failing)
    {
        var measured = Slis.Where(s => s.NoData is null).ToList();
        var ratio = measured.Where(s => s.Sli.Kind == SliKind.Ratio).ToList();
        var values = new List<(string, double)>();
        switch (metric)
        {
            case "burn" when ratio.Count > 0:
                values.Add(("prometheus", ratio.Max(s => s.BurnAt(failing))));
                break;
            case "budget_remaining" when ratio.Count > 0:
                values.Add(("prometheus", ratio.Min(s => s.BudgetRemaining!.Value)));
                break;
            case "error_rate" when ratio.Count > 0:
                values.Add(("prometheus", ratio.Max(s => s.ErrorRate!.Value)));
                break;
            case "p50_ms" or "p95_ms" or "p99_ms" when measured.Any(s => s.LatencyMs.ContainsKey(metric)):
                values.Add(("prometheus", measured.Where(s => s.LatencyMs.ContainsKey(metric)).Max(s => s.LatencyMs[metric])));
                break;
        }

        if (Probe is not null && metric is "error_rate" or "p50_ms" or "p95_ms" or "p99_ms")
        {
            values.Add(("probe", Probe.Metric(metric)));
        }

        return values;
    }
}
