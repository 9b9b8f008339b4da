namespace Toolkit.Gates.Slo.Canary.Judge;

/// <summary>How strict the judge is; every default stated once, here.</summary>
internal sealed record JudgeSettings
{
    /// <summary>Fewer canary requests than this over the window is too little traffic to judge. <value>The default is 100.</value></summary>
    public double MinCanaryRequests { get; init; } = 100;

    /// <summary>Significance level of the one-sided Mann-Whitney U test. <value>The default is 0.05.</value></summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>The smallest error-rate increase (absolute, Hodges-Lehmann shift) that fails a canary. <value>The default is 0.01 (one percentage point).</value></summary>
    public double MinErrorRateIncrease { get; init; } = 0.01;

    /// <summary>The smallest relative p95 latency increase that fails a canary. <value>The default is 0.10 (10%).</value></summary>
    public double MinLatencyIncrease { get; init; } = 0.10;

    /// <summary>Resolution of the per-step samples compared. <value>The default is 1 minute.</value></summary>
    public TimeSpan Resolution { get; init; } = TimeSpan.FromMinutes(1);
}
