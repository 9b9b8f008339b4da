using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Headroom;

namespace Toolkit.Gates.Performance;

/// <summary>Everything the gate worked out, before it becomes an outcome: what the PR comment and evidence show.</summary>
internal sealed record PerformanceEvaluation
{
    /// <summary>Comparison rows, worst first.</summary>
    public IReadOnlyList<BenchmarkComparison> Comparisons { get; init; } = [];

    public IReadOnlyList<ThresholdResult> Thresholds { get; init; } = [];

    public IReadOnlyList<HeadroomResult> Headroom { get; init; } = [];

    /// <summary>The base the head was compared with; null without a baseline.</summary>
    public HistoryEntry? Base { get; init; }

    public required HistoryEntry Head { get; init; }

    /// <summary>Recorded runs for the trend chart, oldest first (the head is appended by the chart).</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];

    /// <summary>Why the base is not the PR base exactly, when it is not.</summary>
    public string? BaseNote { get; init; }
}
