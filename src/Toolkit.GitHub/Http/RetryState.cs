namespace Toolkit.GitHub.Http;

/// <summary>Per-request retry bookkeeping, carried in the Polly context so the pipeline itself stays shared.</summary>
internal sealed class RetryState(long startTimestamp)
{
    public long StartTimestamp { get; } = startTimestamp;

    public int TransientFailures { get; set; }

    public int SecondaryRateLimits { get; set; }

    /// <summary>The delay <see cref="GitHubRetryPolicy"/> chose for the retry it just allowed.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Set when the next wait would have exceeded the budget.</summary>
    public RetryGiveUp? GaveUp { get; set; }
}
