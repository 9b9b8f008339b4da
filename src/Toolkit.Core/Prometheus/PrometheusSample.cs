namespace Toolkit.Core.Prometheus;

/// <summary>One series of an instant vector: its labels and value (NaN and infinities kept as such).</summary>
/// <param name="Labels">The series labels.</param>
/// <param name="Time">The sample time.</param>
/// <param name="Value">The value (NaN and infinities kept).</param>
public sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, DateTimeOffset Time, double Value);
