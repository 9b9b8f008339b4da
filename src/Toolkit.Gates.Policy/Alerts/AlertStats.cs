namespace Toolkit.Gates.Policy.Alerts;

/// <summary>Alert hygiene counts across every rule file (release contract: 100% of Sev1/Sev2 alerts have an owner and a runbook).</summary>
internal sealed record AlertStats(int Alerts, int Paging, int PagingWithRunbook, int PagingWithOwner)
{
    public static AlertStats Empty { get; } = new(0, 0, 0, 0);

    /// <summary>Percentage of paging (Sev1/Sev2) alerts with a runbook; 100 when there are none.</summary>
    public double RunbookCoverage => Paging == 0 ? 100 : Math.Round(100.0 * PagingWithRunbook / Paging, 2);

    /// <summary>Percentage of paging alerts with an owner; 100 when there are none.</summary>
    public double OwnerCoverage => Paging == 0 ? 100 : Math.Round(100.0 * PagingWithOwner / Paging, 2);

    public AlertStats Add(AlertStats other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Alerts + other.Alerts, Paging + other.Paging, PagingWithRunbook + other.PagingWithRunbook, PagingWithOwner + other.PagingWithOwner);
    }
}
