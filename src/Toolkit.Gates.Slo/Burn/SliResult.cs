using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Burn;

/// <summary>What one SLI measured at the evaluation time.</summary>
internal sealed record SliResult(Sli Sli)
{
    /// <summary>Error ratio per window (ratio SLIs).</summary>
    public IReadOnlyDictionary<TimeSpan, double> ErrorRatios { get; init; } = new Dictionary<TimeSpan, double>();

    public IReadOnlyList<PairResult> Pairs { get; init; } = [];

    /// <summary>Error ratio over the golden path's evaluation window (ratio SLIs).</summary>
    public double? ErrorRate { get; init; }

    /// <summary>Share of the error budget left over the SLO window (1 = untouched, negative = overspent).</summary>
    public double? BudgetRemaining { get; init; }

    /// <summary>Latency quantiles in milliseconds keyed by metric name (latency SLIs).</summary>
    public IReadOnlyDictionary<string, double> LatencyMs { get; init; } = new Dictionary<string, double>();

    /// <summary>Why the SLI has no data (empty result, NaN, API error), when it has none.</summary>
    public string? NoData { get; init; }

    public BurnLevel Level => Pairs.Where(p => p.Fires).Select(p => p.Pair.Level).DefaultIfEmpty(BurnLevel.None).Max();

    /// <summary>The highest burn rate among pairs that fired at <paramref name="level"/> or above; 0 when none.</summary>
    public double BurnAt(BurnLevel level) =>
        Pairs.Where(p => p.Fires && p.Pair.Level >= level).Select(p => Math.Min(p.LongBurn, p.ShortBurn)).DefaultIfEmpty(0).Max();
}
