namespace Toolkit.Gates.Performance.Readers;

/// <summary>The result formats the gate reads; <see cref="Auto"/> detects the format from the content.</summary>
public enum ResultFormat
{
    Auto,
    K6Summary,
    K6Ndjson,
    BenchmarkDotNet,
    Hyperfine,
    GoBench,
    CustomSmallerIsBetter,
    CustomBiggerIsBetter,
}
