namespace Toolkit.Gates.Dr;

/// <summary>Command-line values; each non-null one replaces the gates.yml value.</summary>
public sealed record DrOverrides
{
    /// <summary>The Prometheus base URL (<c>--prometheus-url</c>).</summary>
    public string? PrometheusUrl { get; init; }

    /// <summary>The drill records folder (<c>--drills</c>).</summary>
    public string? Drills { get; init; }

    /// <summary>The oldest a passing drill may be, e.g. <c>30d</c> (<c>--max-drill-age</c>).</summary>
    public string? MaxDrillAge { get; init; }

    /// <summary>The evaluation time, RFC 3339 or Unix seconds (<c>--at</c>).</summary>
    public string? At { get; init; }
}
