namespace Toolkit.Gates.Slo.Canary.Judge;

/// <summary>
/// What a progressive-delivery controller asks (<c>POST /v1/judge</c>): compare the canary's and the baseline's
/// request error rate (and latency, when a histogram is named) over <see cref="Window"/> ending at <see cref="At"/>.
/// </summary>
/// <param name="BaselineSelector">Label matchers of the baseline, e.g. <c>app="web",track="stable"</c>.</param>
/// <param name="CanarySelector">Label matchers of the canary, e.g. <c>app="web",track="canary"</c>.</param>
/// <param name="Metric">The request counter, e.g. <c>http_requests_total</c>.</param>
/// <param name="ErrorSelector">The matchers that make a request an error, e.g. <c>code=~"5.."</c>.</param>
/// <param name="Step">The rollout step being judged (echoed back).</param>
/// <param name="At">The end of the window; null for now.</param>
internal sealed record JudgeRequest(string BaselineSelector, string CanarySelector, string Metric, string ErrorSelector, int Step, DateTimeOffset? At)
{
    /// <summary>The window compared. <value>The default is 10 minutes.</value></summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A latency histogram's base name (<c>http_request_duration_seconds</c>); null to judge errors only.</summary>
    public string? LatencyMetric { get; init; }
}
