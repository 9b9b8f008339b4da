namespace Toolkit.Gates.Slo;

/// <summary>Command-line values; each non-null one replaces the gates.yml value.</summary>
public sealed record SloOverrides
{
    /// <summary>The golden paths file, relative to the repository (<c>--golden-paths</c>).</summary>
    public string? GoldenPaths { get; init; }

    /// <summary>The Prometheus base URL, http or https (<c>--prometheus-url</c>).</summary>
    public string? PrometheusUrl { get; init; }

    /// <summary>The base URL probes hit, <c>${BASE_URL}</c> (<c>--base-url</c>).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The evaluation time, RFC 3339 or Unix seconds, so a re-run sees the same data (<c>--at</c>).</summary>
    public string? At { get; init; }

    /// <summary>Label matchers of the baseline, e.g. <c>track="stable"</c>; needs <see cref="CanarySelector"/> too (<c>--baseline-selector</c>).</summary>
    public string? BaselineSelector { get; init; }

    /// <summary>Label matchers of the canary, e.g. <c>track="canary"</c> (<c>--canary-selector</c>).</summary>
    public string? CanarySelector { get; init; }
}
