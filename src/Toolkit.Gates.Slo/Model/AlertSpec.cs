namespace Toolkit.Gates.Slo.Model;

/// <summary>
/// How the alerting rules of one SLO are named and labelled (Sloth's <c>alerting:</c>, Pyrra's <c>alerting.name</c>);
/// the gate itself does not need it.
/// </summary>
internal sealed record AlertSpec
{
    /// <summary>The alert name; null means one derived from service and SLO names.</summary>
    public string? Name { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Annotations { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> PageLabels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> TicketLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>The default value is true.</summary>
    public bool Page { get; init; } = true;

    /// <summary>The default value is true.</summary>
    public bool Ticket { get; init; } = true;
}
