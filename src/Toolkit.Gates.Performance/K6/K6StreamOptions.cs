namespace Toolkit.Gates.Performance.K6;

/// <summary>What the k6 NDJSON stream reader aggregates beyond every metric's totals.</summary>
internal sealed record K6StreamOptions
{
    /// <summary>Sub-metrics (tag filters) to aggregate, e.g. <c>http_req_duration{status:200}</c>.</summary>
    public IReadOnlyList<MetricSelector> SubMetrics { get; init; } = [];

    /// <summary>
    /// Percentiles (0..100) computed exactly for every trend besides <c>med</c>. The default value is 90, 95 and 99;
    /// the gate adds every <c>p(N)</c> its thresholds and tracked values name.
    /// </summary>
    public IReadOnlyList<double> Percentiles { get; init; } = [90, 95, 99];

    /// <summary>Group requests by load level (the <c>vus</c> gauge) for capacity headroom.</summary>
    public bool GroupByLoad { get; init; }

    /// <summary>The latency metric grouped by load level. The default value is <c>http_req_duration</c>.</summary>
    public string LatencyMetric { get; init; } = "http_req_duration";

    /// <summary>The failure-rate metric grouped by load level. The default value is <c>http_req_failed</c>.</summary>
    public string ErrorMetric { get; init; } = "http_req_failed";

    /// <summary>The gauge whose value is the load level. The default value is <c>vus</c>.</summary>
    public string LoadMetric { get; init; } = "vus";

    /// <summary>Relative error of the load-level latency percentiles (headroom). The default value is 0.01 (1%).</summary>
    public double RelativeAccuracy { get; init; } = 0.01;

    /// <summary>Read buffer size in bytes. The default value is 1 MiB; lines may grow it up to 64 MiB.</summary>
    public int BufferSize { get; init; } = 1 << 20;

    /// <summary>Values kept in memory per selection read (8 bytes each); beyond it ranges are narrowed first. 4 million.</summary>
    internal long SelectionBudget { get; init; } = 4_000_000;
}
