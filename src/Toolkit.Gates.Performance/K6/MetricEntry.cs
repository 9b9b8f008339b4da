namespace Toolkit.Gates.Performance.K6;

/// <summary>A metric seen in the stream, looked up by its UTF-8 name so points never allocate a string.</summary>
internal sealed class MetricEntry(byte[] name, MetricAggregate aggregate, MetricRole role)
{
    public byte[] Name { get; } = name;

    public MetricAggregate Aggregate { get; } = aggregate;

    public MetricRole Role { get; } = role;

    public List<(MetricSelector Selector, MetricAggregate Aggregate)> SubMetrics { get; } = [];

    /// <summary>Whether the current selection read needs this metric's points (it or a sub-metric selects ranks).</summary>
    public bool Selecting { get; private set; }

    public void BeginSelectionRead()
    {
        Aggregate.BeginSelectionRead();
        foreach (var (_, sub) in SubMetrics)
        {
            sub.BeginSelectionRead();
        }

        Selecting = Aggregate.Selecting || SubMetrics.Any(s => s.Aggregate.Selecting);
    }

    public void SetType(string type)
    {
        Aggregate.Type = type;
        foreach (var (_, sub) in SubMetrics)
        {
            sub.Type = type;
        }
    }
}
