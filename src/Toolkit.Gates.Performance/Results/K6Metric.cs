namespace Toolkit.Gates.Performance.Results;

/// <summary>
/// A k6 metric (or sub-metric such as <c>http_req_duration{status:200}</c>) with its aggregated values, keyed the way k6
/// names them in summaries: <c>avg</c>, <c>min</c>, <c>med</c>, <c>max</c>, <c>p(95)</c>, <c>count</c>, <c>rate</c>, <c>value</c>.
/// </summary>
/// <param name="Name">The metric name with its tag filter, as thresholds name it.</param>
/// <param name="Type">k6 metric type: <c>trend</c>, <c>rate</c>, <c>counter</c> or <c>gauge</c>.</param>
/// <param name="Values">The aggregated values known for the metric.</param>
internal sealed record K6Metric(string Name, string Type, IReadOnlyDictionary<string, double> Values)
{
    /// <summary>
    /// Valid samples behind the values when the gate counted them (raw <c>--out json</c> input); null for summaries,
    /// which k6 only writes for metrics that had samples.
    /// </summary>
    public long? SampleCount { get; init; }

    /// <summary>This metric's values with <paramref name="other"/>'s added; <paramref name="other"/> wins where both have one.</summary>
    public K6Metric With(K6Metric other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var values = new Dictionary<string, double>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in other.Values)
        {
            values[key] = value;
        }

        return other with { Values = values, SampleCount = other.SampleCount ?? SampleCount };
    }
}
