using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Comparison;

/// <summary>One row of the comparison table: base, head, change, and the test that decided it.</summary>
/// <param name="Key">The benchmark.</param>
/// <param name="Unit">Unit of <paramref name="Base"/> and <paramref name="Head"/>.</param>
/// <param name="Base">Base median (samples) or mean (summary); null for a new benchmark.</param>
/// <param name="Head">Head median (samples) or mean (summary).</param>
/// <param name="Method">How it was compared.</param>
/// <param name="Regressed">Whether the change fails the gate.</param>
internal sealed record BenchmarkComparison(string Key, string Unit, Direction Direction, double? Base, double Head, ComparisonMethod Method, bool Regressed)
{
    /// <summary>Change from base to head in percent (positive = larger); null without a base.</summary>
    public double? DeltaPercent => Base is { } b && b != 0 ? (Head - b) / Math.Abs(b) * 100 : null;

    /// <summary>The change in the bad direction, in percent (positive = worse), used to sort worst first.</summary>
    public double Worsening => DeltaPercent is { } d ? (Direction == Direction.SmallerIsBetter ? d : -d) : 0;

    /// <summary>One-sided p-value of the Mann-Whitney U test (head worse than base).</summary>
    public double? PValue { get; init; }

    /// <summary>Hodges-Lehmann shift head - base, in <see cref="Unit"/>.</summary>
    public double? Shift { get; init; }

    /// <summary>The shift as a percentage of the base median.</summary>
    public double? ShiftPercent { get; init; }

    public int BaseSamples { get; init; }

    public int HeadSamples { get; init; }

    /// <summary>Why the row passed or failed, in one sentence.</summary>
    public string Explanation { get; init; } = string.Empty;

    public SourceLocation? Location { get; init; }
}
