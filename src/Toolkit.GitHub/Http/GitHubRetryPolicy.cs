using System.Globalization;
using System.Net;
using Polly;
using Toolkit.Core.Http;

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

    private static TimeSpan Backoff(RetryState state, GitHubClientOptions options) =>
        RetryDelays.Backoff(state.TransientFailures++, options.RetryBaseDelay, options.MaxRetryDelay);

    private static TimeSpan? RetryAfter(HttpResponseMessage response, GitHubClientOptions options) =>
        RetryDelays.RetryAfter(response, options.TimeProvider);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
