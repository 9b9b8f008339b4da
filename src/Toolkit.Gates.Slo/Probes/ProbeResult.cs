namespace Toolkit.Gates.Slo.Probes;

/// <summary>What a probe measured: latency quantiles over all requests and the share that failed.</summary>
internal sealed record ProbeResult(string Url, int Requests, int Failures, IReadOnlyList<double> LatenciesMs)
{
    public double ErrorRate => Requests == 0 ? double.NaN : (double)Failures / Requests;

    public double P50Ms => Percentiles.Of(LatenciesMs, 50);

    public double P95Ms => Percentiles.Of(LatenciesMs, 95);

    public double P99Ms => Percentiles.Of(LatenciesMs, 99);

    /// <summary>The first failure, to say what went wrong.</summary>
    public string? FirstFailure { get; init; }

    /// <summary>True when the time budget ran out before all requests were sent.</summary>
    public bool Truncated { get; init; }

    /// <summary>The trace id of the first request, to find it in the tracing backend.</summary>
    public string? FirstTraceId { get; init; }

    public double Metric(string name) => name switch
    {
        "p50_ms" => P50Ms,
        "p95_ms" => P95Ms,
        "p99_ms" => P99Ms,
        "error_rate" => ErrorRate,
        _ => double.NaN,
    };
}
