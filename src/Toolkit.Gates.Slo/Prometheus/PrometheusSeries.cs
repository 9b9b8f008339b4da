namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>One series of a range query.</summary>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(DateTimeOffset Time, double Value)> Points);
