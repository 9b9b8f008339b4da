namespace Toolkit.Core.Http;

/// <summary>
/// The retry waits every HTTP client of the toolkit shares (GitHub, OSV): jittered exponential backoff for transient
/// failures, and the wait a server asks for with <c>Retry-After</c>.
/// </summary>
public static class RetryDelays
{
    /// <summary>
    /// Exponential from <paramref name="baseDelay"/> after <paramref name="failures"/> earlier failures, capped at
    /// <paramref name="maxDelay"/>, with "equal jitter" (half fixed, half random) so parallel jobs spread out.
    /// </summary>
    public static TimeSpan Backoff(int failures, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay * Math.Pow(2, Math.Clamp(failures, 0, 20));
        var capped = exponential > maxDelay ? maxDelay : exponential;
        return capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
    }

    /// <summary>The wait <c>Retry-After</c> asks for (seconds or an HTTP date), or null when the answer has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(clock);
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
