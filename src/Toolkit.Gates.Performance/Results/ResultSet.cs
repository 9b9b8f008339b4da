namespace Toolkit.Gates.Performance.Results;

/// <summary>Everything read from one or more result files: benchmarks and k6 metrics.</summary>
public sealed record ResultSet
{
    public static ResultSet Empty { get; } = new();

    public IReadOnlyList<BenchmarkResult> Benchmarks { get; init; } = [];

    /// <summary>k6 metrics by name (sub-metrics by their full <c>name{tag:value}</c>).</summary>
    public IReadOnlyDictionary<string, K6Metric> Metrics { get; init; } = new Dictionary<string, K6Metric>(StringComparer.Ordinal);

    /// <summary>Thresholds k6 evaluated itself (summary inputs only).</summary>
    public IReadOnlyList<K6ReportedThreshold> ReportedThresholds { get; init; } = [];

    /// <summary>Load levels of a stepped k6 run (raw NDJSON input only), lowest first.</summary>
    public IReadOnlyList<LoadStep> LoadSteps { get; init; } = [];

    /// <summary>The files the set was read from, repository-relative.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public ResultSet Merge(ResultSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var metrics = new Dictionary<string, K6Metric>(Metrics, StringComparer.Ordinal);
        foreach (var (name, metric) in other.Metrics)
        {
            metrics[name] = metric;
        }

        return new ResultSet
        {
            Benchmarks = [.. Benchmarks, .. other.Benchmarks],
            Metrics = metrics,
            ReportedThresholds = [.. ReportedThresholds, .. other.ReportedThresholds],
            LoadSteps = [.. LoadSteps, .. other.LoadSteps],
            Sources = [.. Sources, .. other.Sources],
        };
    }
}
