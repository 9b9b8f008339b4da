namespace Toolkit.Gates.Performance.Results;

/// <summary>Everything read from one or more result files: benchmarks and k6 metrics.</summary>
internal sealed record ResultSet
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

    /// <summary>
    /// k6's test run duration in seconds, which k6 divides counters by for their <c>rate</c>: from a summary's
    /// <c>state.testRunDurationMs</c>; null when no input records it (the raw stream does not).
    /// </summary>
    public double? TestRunSeconds { get; init; }

    /// <summary>The files the set was read from, repository-relative.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public ResultSet Merge(ResultSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var metrics = new Dictionary<string, K6Metric>(Metrics, StringComparer.Ordinal);
        foreach (var (name, metric) in other.Metrics)
        {
            // A summary and the stream of one run complement each other: the stream's exact percentiles, the summary's rates.
            metrics[name] = metrics.TryGetValue(name, out var known) && known.Type == metric.Type ? known.With(metric) : metric;
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
            TestRunSeconds = other.TestRunSeconds ?? TestRunSeconds,
        };
    }

    /// <summary>The set with every counter's <c>rate</c> that the stream could not give computed from a known run duration.</summary>
    public ResultSet WithCounterRates()
    {
        if (TestRunSeconds is not { } seconds)
        {
            return this;
        }

        var metrics = Metrics.ToDictionary(
            m => m.Key,
            m => m.Value.Type == "counter" && !m.Value.Values.ContainsKey("rate") && m.Value.Values.TryGetValue("count", out var count)
                ? m.Value with { Values = new Dictionary<string, double>(m.Value.Values, StringComparer.Ordinal) { ["rate"] = count / seconds } }
                : m.Value,
            StringComparer.Ordinal);
        return this with { Metrics = metrics };
    }
}
