using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Burn;

/// <summary>A long and a short window that must both burn faster than <see cref="Factor"/> for the rule to fire.</summary>
public sealed record WindowPair(TimeSpan Long, TimeSpan Short, double Factor, BurnLevel Level)
{
    /// <summary>The four pairs of the SRE workbook for a 30-day SLO: 1h/5m &gt; 14.4 and 6h/30m &gt; 6 page; 1d/2h &gt; 3 and 3d/6h &gt; 1 ticket.</summary>
    public static IReadOnlyList<WindowPair> Workbook { get; } =
    [
        new(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 14.4, BurnLevel.Page),
        new(TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 6, BurnLevel.Page),
        new(TimeSpan.FromDays(1), TimeSpan.FromHours(2), 3, BurnLevel.Ticket),
        new(TimeSpan.FromDays(3), TimeSpan.FromHours(6), 1, BurnLevel.Ticket),
    ];

    public string Name => $"{Durations.Format(Long)}/{Durations.Format(Short)}";
}
