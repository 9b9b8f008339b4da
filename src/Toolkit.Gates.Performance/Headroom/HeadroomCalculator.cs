using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Headroom;

/// <summary>
/// Capacity from a stepped run: levels are taken lowest load first, and the capacity is the highest level reached
/// before the first one whose latency percentile or error rate broke the SLO (a level that recovers after a failure does
/// not count: that is luck, not capacity). Headroom is <c>1 - expected_peak / capacity</c>.
/// </summary>
internal static class HeadroomCalculator
{
    public static HeadroomResult Compute(HeadroomRule rule, IReadOnlyList<LoadStep> steps)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(steps);
        var levels = steps
            .Where(s => s.Requests >= rule.MinRequests)
            .OrderBy(s => s.Vus)
            .Select(s =>
            {
                var latency = s.Latency.Quantile(rule.Percentile / 100);
                var meets = latency <= rule.LatencyMs && s.ErrorRate < rule.ErrorRate;
                return new LevelOutcome(s.Vus, s.Requests, s.Throughput, latency, s.ErrorRate, meets);
            })
            .ToList();

        var capacity = 0.0;
        var saturated = false;
        foreach (var level in levels)
        {
            if (!level.MeetsSlo)
            {
                saturated = true;
                break;
            }

            capacity = Math.Max(capacity, rule.Unit == "vus" ? level.Vus : level.Throughput);
        }

        double? headroom = capacity > 0 ? 1 - (rule.ExpectedPeak / capacity) : null;
        return new HeadroomResult(rule, capacity, headroom, saturated, levels);
    }
}
