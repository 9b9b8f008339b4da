namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>One series of an instant vector: its labels and value (NaN and infinities kept as such).</summary>
public sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, DateTimeOffset Time, double Value);
