using System.Text;
using Polly;
using Toolkit.Core.Http;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

internal sealed partial class OsvHttp
{
    /// <summary>Whether to try again and after how long; false when the failure is final or the budget would be exceeded.</summary>
    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, OsvRetryState state)
    {
        if (outcome.Exception is { } failure && Unreachable(failure) && state.Failures >= MaxUnreachableRetries)
        {
            // Nothing listens there (or the name does not resolve): that does not pass within a retry budget.
            state.GaveUpAfter = clock.GetElapsedTime(started);
            state.Unreachable = true;
            return false;
        }

        TimeSpan? wait = outcome switch
        {
            { Exception: HttpRequestException or IOException or TimeoutException } => Backoff(state),
            { Result: { } response } when Transient((int)response.StatusCode) => RetryDelays.RetryAfter(response, clock) ?? Backoff(state),
            _ => null,
        };
        if (wait is not { } delay)
        {
            return false;
        }

        var spent = clock.GetElapsedTime(started);
        if (spent + delay > options.Budget)
        {
            state.GaveUpAfter = spent;
            return false;
        }

        state.NextDelay = delay;
        return true;
    }

    /// <summary>Retries of a refused connection or an unknown host before giving up (a restarting server gets that long).</summary>
    private const int MaxUnreachableRetries = 2;

    private static bool Unreachable(Exception exception) =>
        exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } ||
        exception.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostNotFound };

    private TimeSpan Backoff(OsvRetryState state) => RetryDelays.Backoff(state.Failures++, options.RetryBaseDelay, options.MaxRetryDelay);

    private static bool Transient(int status) => status is 408 or 429 or >= 500;

    private async Task<byte[]> CompleteAsync(Outcome<HttpResponseMessage> outcome, OsvRetryState state, string request, CancellationToken cancellationToken)
    {
        var budget = state.Unreachable
            ? $" (nothing answered {state.Failures + 1} attempts; a refused connection is not retried for the whole budget)"
            : state.GaveUpAfter is { } spent ? $" after {DurationText.Format(spent)} of the {DurationText.Format(options.Budget)} budget" : string.Empty;
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException)
            {
                throw new OperationCanceledException(exception.Message, exception, cancellationToken);
            }

            throw Failure($"is unreachable{budget} ({request}: {exception.Message})");
        }

        using var response = outcome.Result!;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return bytes;
        }

        throw Failure($"answered HTTP {(int)response.StatusCode} to {request}{budget}{Excerpt(bytes)}");
    }

    /// <summary>The start of an error body, on one line, so the verdict says what the server said.</summary>
    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? string.Empty : $" ({text})";
    }
}
