namespace Toolkit.Gates.Slo.Model;

/// <summary>
/// A calendar-aligned SLO window (OpenSLO <c>timeWindow[].calendar</c>): periods of <see cref="Count"/>
/// <see cref="Unit"/> starting at <see cref="Start"/> in <see cref="Zone"/>. The budget counts from the start of
/// the current period, not over a rolling window.
/// </summary>
internal sealed record CalendarWindow(DateTime Start, TimeZoneInfo Zone, int Count, char Unit)
{
    /// <summary>The start of the period holding <paramref name="at"/> (the first start when it is earlier).</summary>
    public DateTimeOffset PeriodStartAt(DateTimeOffset at)
    {
        var start = Start;
        var utcStart = ToUtc(start);
        while (true)
        {
            var next = Advance(start);
            var utcNext = ToUtc(next);
            if (utcNext > at)
            {
                return utcStart;
            }

            (start, utcStart) = (next, utcNext);
        }
    }

    /// <summary>How much of the current period has passed at <paramref name="at"/>: the budget window (at least a minute).</summary>
    public TimeSpan ElapsedAt(DateTimeOffset at)
    {
        var elapsed = at - PeriodStartAt(at);
        var seconds = Math.Max(60, (long)elapsed.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private DateTime Advance(DateTime from) => Unit switch
    {
        'm' => from.AddMinutes(Count),
        'h' => from.AddHours(Count),
        'd' => from.AddDays(Count),
        'w' => from.AddDays(7 * Count),
        'M' => from.AddMonths(Count),
        'Q' => from.AddMonths(3 * Count),
        _ => from.AddYears(Count),
    };

    private DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
