using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Headroom;

/// <summary>How capacity headroom is computed for one service from a stepped or ramping k6 run (raw --out json).</summary>
/// <param name="Service">The service name; the verdict metric is <c>headroom.&lt;service&gt;</c>.</param>
/// <param name="Results">The k6 NDJSON file of the stepped run, repository-relative.</param>
/// <param name="ExpectedPeak">The peak load expected in production, in <see cref="Unit"/>.</param>
public sealed record HeadroomRule(string Service, string Results, double ExpectedPeak)
{
    /// <summary><c>rps</c> (requests per second the level sustained) or <c>vus</c>. The default value is <c>rps</c>.</summary>
    public string Unit { get; init; } = "rps";

    /// <summary>The SLO latency percentile. The default value is 95.</summary>
    public double Percentile { get; init; } = 95;

    /// <summary>The SLO latency bound in milliseconds. The default value is 500.</summary>
    public double LatencyMs { get; init; } = 500;

    /// <summary>The SLO error-rate bound (exclusive). The default value is 0.01.</summary>
    public double ErrorRate { get; init; } = 0.01;

    /// <summary>The lowest acceptable headroom. The default value is 0.20 (the release contract's HEADROOM_TARGET).</summary>
    public double Target { get; init; } = 0.20;

    /// <summary>Levels with fewer requests are ignored as transitions of a ramp. The default value is 20.</summary>
    public int MinRequests { get; init; } = 20;

    /// <summary>Where the rule is written in gates.yml.</summary>
    public SourceLocation? Location { get; init; }
}
