namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>
/// An OpenSLO SLI: a ratio (good or bad over total, or a precomputed raw ratio) or a threshold metric. Parsed once
/// per document, so an SLI referenced by several SLOs is validated once.
/// </summary>
internal sealed record OpenSloIndicator(string Name)
{
    public OpenSloMetric? Good { get; init; }

    public OpenSloMetric? Bad { get; init; }

    public OpenSloMetric? Total { get; init; }

    /// <summary>A precomputed ratio (<c>raw</c>), success or failure per <see cref="RawIsFailure"/>.</summary>
    public OpenSloMetric? Raw { get; init; }

    public bool RawIsFailure { get; init; }

    public OpenSloMetric? Threshold { get; init; }

    /// <summary>Whether ratio metrics are monotonically increasing counters (the default value is true).</summary>
    public bool Counter { get; init; } = true;

    public IEnumerable<OpenSloMetric> Metrics => new[] { Good, Bad, Total, Raw, Threshold }.OfType<OpenSloMetric>();
}
