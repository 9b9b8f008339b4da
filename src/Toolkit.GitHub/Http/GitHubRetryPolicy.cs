using System.Globalization;
using System.Net;
using Polly;

namespace Toolkit.GitHub.Http;

/// <summary>
/// GitHub's documented retry rules ("Rate limits for the REST API", "Best practices"): honour <c>retry-after</c>; when
/// <c>x-ratelimit-remaining</c> is 0 wait until <c>x-ratelimit-reset</c>; a secondary rate limit without either backs
/// off exponentially from one minute; 5xx and connection failures back off with jitter. Every wait is checked against
/// the total budget first.
/// </summary>
internal static class GitHubRetryPolicy
{
    public static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, RetryState state, GitHubClientOptions options)
    {
        var (reason, wait) = await ChooseWaitAsync(outcome, state, options).ConfigureAwait(false);
        if (wait is not { } delay)
        {
            return false;
        }

        var waited = options.TimeProvider.GetElapsedTime(state.StartTimestamp);
        if (waited + delay > options.TotalRetryBudget)
        {
            state.GaveUp = new RetryGiveUp(reason, waited, delay);
            return false;
        }

        state.NextDelay = delay;
        return true;
    }

    private static async ValueTask<(RetryReason Reason, TimeSpan? Wait)> ChooseWaitAsync(
        Outcome<HttpResponseMessage> outcome, RetryState state, GitHubClientOptions options)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or IOException or TimeoutException
                ? (RetryReason.ConnectionFailure, Backoff(state, options))
                : (RetryReason.ConnectionFailure, null);
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
        if (status is 403 or 429)
        {
            if (RetryAfter(response, options) is { } retryAfter)
            {
                return (RetryReason.RateLimit, retryAfter);
            }

            if (Header(response, "x-ratelimit-remaining") == "0" &&
                long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
            {
                var until = DateTimeOffset.FromUnixTimeSeconds(reset) - options.TimeProvider.GetUtcNow();
                return (RetryReason.RateLimit, until > TimeSpan.Zero ? until : TimeSpan.Zero);
            }

            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            if (status == 429 || body.Contains("secondary rate limit", StringComparison.OrdinalIgnoreCase))
            {
                var delay = options.SecondaryRateLimitDelay * Math.Pow(2, state.SecondaryRateLimits++);
                return (RetryReason.RateLimit, delay);
            }

            return (RetryReason.RateLimit, null);
        }

        if (response.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            return (RetryReason.ServerError, RetryAfter(response, options) ?? Backoff(state, options));
        }

        return (RetryReason.ServerError, null);
    }

    /// <summary>Exponential with "equal jitter": half fixed, half random, so parallel jobs spread out.</summary>
    private static TimeSpan Backoff(RetryState state, GitHubClientOptions options)
    {
        var exponential = options.RetryBaseDelay * Math.Pow(2, Math.Min(state.TransientFailures++, 20));
        var capped = exponential > options.MaxRetryDelay ? options.MaxRetryDelay : exponential;
        return capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, GitHubClientOptions options)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - options.TimeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
