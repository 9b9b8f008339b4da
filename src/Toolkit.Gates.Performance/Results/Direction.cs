namespace Toolkit.Gates.Performance.Results;

/// <summary>Which way is better for a benchmark value.</summary>
internal enum Direction
{
    /// <summary>Durations, allocations: a larger value is a regression.</summary>
    SmallerIsBetter,

    /// <summary>Throughput: a smaller value is a regression.</summary>
    BiggerIsBetter,
}
