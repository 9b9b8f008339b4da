namespace Toolkit.Gates.Policy.Tests.Fakes;

/// <summary>A clock that always reads <paramref name="now"/>, so a run replays a known window of history.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
