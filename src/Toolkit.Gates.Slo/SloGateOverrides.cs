namespace Toolkit.Gates.Slo;

/// <summary>Command-line values; each non-null one replaces the gates.yml value.</summary>
public sealed record SloGateOverrides
{
    public string? GoldenPaths { get; init; }

    public string? PrometheusUrl { get; init; }

    public string? BaseUrl { get; init; }

    /// <summary>RFC 3339 time or Unix seconds.</summary>
    public string? At { get; init; }

    public string? BaselineSelector { get; init; }

    public string? CanarySelector { get; init; }
}
