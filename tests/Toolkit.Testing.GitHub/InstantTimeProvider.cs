namespace Toolkit.Testing.GitHub;

/// <summary>
/// A clock whose timers fire at once and move the clock forward by their due time, so retry waits of minutes take
/// no real time while the client still sees them pass. <see cref="Waited"/> is the sum of every wait.
/// </summary>
public sealed class InstantTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private long advancedTicks;
    private readonly List<TimeSpan> waits = [];

    public InstantTimeProvider()
        : this(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref advancedTicks));

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

    public override DateTimeOffset GetUtcNow() => start + Waited;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref advancedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new NoTimer();
        }

        lock (gate)
        {
            waits.Add(dueTime);
        }

        Interlocked.Add(ref advancedTicks, dueTime.Ticks);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
