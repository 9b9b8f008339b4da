namespace Toolkit.Build.Tests.Fakes;

/// <summary>A clock that moves on by a fixed step each time it is read, so every task takes exactly that long.</summary>
public sealed class SteppingTimeProvider(TimeSpan step) : TimeProvider
{
    private long now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => now += step.Ticks;
}
