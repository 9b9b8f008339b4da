namespace Toolkit.Core.Prometheus;

/// <summary>One series of a range query.</summary>
/// <param name="Labels">The series labels.</param>
/// <param name="Points">The points in time order.</param>
public sealed record PrometheusSeries(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<(DateTimeOffset Time, double Value)> Points);
