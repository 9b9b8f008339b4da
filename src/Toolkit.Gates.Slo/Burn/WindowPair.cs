using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Burn;

/// <summary>A long and a short window that must both burn faster than <see cref="Factor"/> for the rule to fire.</summary>
internal sealed record WindowPair(TimeSpan Long, TimeSpan Short, double Factor, BurnLevel Level)
{
    private static readonly TimeSpan WorkbookPeriod = TimeSpan.FromDays(30);

    /// <summary>The four pairs of the SRE workbook for a 30-day SLO: 1h/5m &gt; 14.4 and 6h/30m &gt; 6 page; 1d/2h &gt; 3 and 3d/6h &gt; 1 ticket.</summary>
    public static IReadOnlyList<WindowPair> Workbook { get; } =
    [
        new(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), 14.4, BurnLevel.Page),
        new(TimeSpan.FromHours(6), TimeSpan.FromMinutes(30), 6, BurnLevel.Page),
        new(TimeSpan.FromDays(1), TimeSpan.FromHours(2), 3, BurnLevel.Ticket),
        new(TimeSpan.FromDays(3), TimeSpan.FromHours(6), 1, BurnLevel.Ticket),
    ];

    public string Name => $"{Durations.Format(Long)}/{Durations.Format(Short)}";

    /// <summary>
    /// The workbook pairs for an SLO period: for 30 days exactly <see cref="Workbook"/>; for other periods every window
    /// is scaled by period / 30 days (whole seconds) and the factors stay, so each pair still fires when the same share
    /// of the budget (2%, 5%, 10%, 10%) is spent within its long window (as Pyrra scales its windows).
    /// </summary>
    public static IReadOnlyList<WindowPair> For(TimeSpan period)
    {
        if (period == WorkbookPeriod || period <= TimeSpan.Zero)
        {
            return Workbook;
        }

        var scale = period / WorkbookPeriod;
        return [.. Workbook.Select(p => p with { Long = Scaled(p.Long, scale), Short = Scaled(p.Short, scale) })];
    }

    /// <summary>A pair from a share of the budget (Sloth's <c>errorBudgetPercent</c>): factor = share * period / long window.</summary>
    public static WindowPair FromBudgetShare(double percent, TimeSpan period, TimeSpan longWindow, TimeSpan shortWindow, BurnLevel level) =>
        new(longWindow, shortWindow, Math.Round(percent / 100 * (period / longWindow), 6), level);

    private static TimeSpan Scaled(TimeSpan window, double scale) => TimeSpan.FromSeconds(Math.Max(1, Math.Round(window.TotalSeconds * scale)));
}
