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

    /// <summary>
    /// The environment the tool recorded (BenchmarkDotNet's host and job, go test's goos/goarch/cpu): <c>tool</c>,
    /// <c>runtime</c>, <c>os</c>, <c>cpu</c>, <c>job</c> ...; empty when the format records none (k6, hyperfine).
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

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

        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal);
        foreach (var (key, value) in other.Environment)
        {
            environment.TryAdd(key, value);
        }

        return new ResultSet
        {
            Environment = environment,
            Benchmarks = [.. Benchmarks, .. other.Benchmarks],
            Metrics = metrics,
            ReportedThresholds = [.. ReportedThresholds, .. other.ReportedThresholds],
            LoadSteps = [.. LoadSteps, .. other.LoadSteps],
            Sources = [.. Sources, .. other.Sources],
        };
    }
}
