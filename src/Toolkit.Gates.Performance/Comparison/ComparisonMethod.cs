namespace Toolkit.Gates.Performance.Comparison;

/// <summary>How a benchmark was compared.</summary>
internal enum ComparisonMethod
{
    /// <summary>Raw samples on both sides: Mann-Whitney U plus the Hodges-Lehmann shift.</summary>
    MannWhitney,

    /// <summary>Summaries only: percentage change of the mean against <see cref="ComparisonRule.MaxRegression"/>.</summary>
    Percentage,

    /// <summary>The benchmark is new (no base value).</summary>
    New,
}
