using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Canary;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>The release contract's metrics: the worst value of each threshold metric across golden paths and sources, and the canary score.</summary>
internal static class ContractMetrics
{
    public static SortedDictionary<string, double> Of(IReadOnlyList<PathMeasurement> paths, BurnLevel failing, CanaryResult? canary)
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in Threshold.Metrics)
        {
            var values = paths.SelectMany(p => p.Values(metric, failing)).Select(v => v.Value).Where(double.IsFinite).ToList();
            if (values.Count > 0)
            {
                metrics[metric] = Math.Round(metric == "budget_remaining" ? values.Min() : values.Max(), 6);
            }
        }

        if (canary is not null)
        {
            metrics["canary_score"] = canary.Score;
        }

        return metrics;
    }
}
