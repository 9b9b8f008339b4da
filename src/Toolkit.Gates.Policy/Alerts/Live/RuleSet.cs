namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>The alerting rules of the checked files, and the metric names their recording rules produce.</summary>
internal sealed record RuleSet(IReadOnlyList<AlertRule> Alerts, IReadOnlySet<string> Recorded)
{
    public static RuleSet Empty { get; } = new([], new HashSet<string>(StringComparer.Ordinal));

    public RuleSet Add(RuleSet other) =>
        new([.. Alerts, .. other.Alerts], Recorded.Union(other.Recorded, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal));
}
