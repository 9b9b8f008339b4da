namespace Toolkit.Gates.Performance.K6;

/// <summary>What a metric means for grouping a stepped run by load level.</summary>
internal enum MetricRole
{
    None,
    Load,
    Latency,
    Errors,
}
