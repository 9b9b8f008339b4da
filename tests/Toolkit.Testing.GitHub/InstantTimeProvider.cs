using Microsoft.Extensions.Time.Testing;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that advances itself by each timer's due time as the timer is created, so retry
/// waits of minutes take no real time while the client still sees them pass. <see cref="Waits"/> lists every wait.
/// </summary>
public sealed class InstantTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock gate = new();
    private readonly List<TimeSpan> waits = [];

    public InstantTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The sum of every wait so far (counted as each timer is created, before the clock catches up).</summary>
    public TimeSpan Waited => Waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait);

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (gate)
            {
                return [.. waits];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (gate)
            {
                waits.Add(dueTime);
            }

            // Off the caller's stack, as a real timer fires: the caller has its timer in hand before the callback runs.
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }

        return timer;
    }
}
