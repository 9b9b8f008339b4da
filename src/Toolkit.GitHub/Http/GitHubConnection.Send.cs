using System.Text.Json;
using Polly;
using Toolkit.Core.Http;

namespace Toolkit.GitHub.Http;

/// <summary>One logical request: the retry pipeline around single attempts, then success or a typed error.</summary>
public sealed partial class GitHubConnection
{
    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, Uri uri, byte[]? body, CancellationToken cancellationToken)
    {
        // Mutations go one at a time: GitHub's best practices, and it keeps secondary rate limits away.
        var mutating = method != HttpMethod.Get && method != HttpMethod.Head;
        if (mutating)
        {
            await mutations.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        var state = new RetryState(Options.TimeProvider.GetTimestamp());
        context.Properties.Set(GitHubResilience.StateKey, state);
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (ctx, s) => s.Self.AttemptAsync(s.Method, s.Uri, s.Body, s.State, ctx.CancellationToken),
                context,
                (Self: this, Method: method, Uri: uri, Body: body, State: state)).ConfigureAwait(false);
            return await CompleteAsync(outcome, state, method, uri, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            if (mutating)
            {
                mutations.Release();
            }
        }
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpMethod method, Uri uri, byte[]? body, RetryState state, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requestsSent);
        var timeout = AttemptTimeout(state);
        var (response, failure) = await HttpAttempt.SendAsync(
            http, method, uri, body, timeout, $"GitHub did not answer {method} {uri.AbsolutePath} within {DurationText.Format(timeout)}.", cancellationToken).ConfigureAwait(false);
        return response is not null ? Outcome.FromResult(response) : Outcome.FromException<HttpResponseMessage>(failure!);
    }

    /// <summary>
    /// An attempt may take <see cref="GitHubClientOptions.RequestTimeout"/>, but never past the retry budget: a silent
    /// GitHub must not hold a run 30 seconds beyond what --github-budget allows. A spent budget still allows one second.
    /// </summary>
    private TimeSpan AttemptTimeout(RetryState state)
    {
        var left = Options.TotalRetryBudget - Options.TimeProvider.GetElapsedTime(state.StartTimestamp);
        var floor = TimeSpan.FromSeconds(1);
        return left < Options.RequestTimeout ? (left > floor ? left : floor) : Options.RequestTimeout;
    }

    private async Task<HttpResponseMessage> CompleteAsync(
        Outcome<HttpResponseMessage> outcome, RetryState state, HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        var path = uri.AbsolutePath;
        if (outcome.Exception is { } exception)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waited = Options.TimeProvider.GetElapsedTime(state.StartTimestamp);
            var text = state.GaveUp is { } g
                ? $"GitHub unreachable: waited {DurationText.Format(g.Waited)} of the {DurationText.Format(Options.TotalRetryBudget)} budget; giving up ({method} {path}: {exception.Message})"
                : $"GitHub unreachable after {DurationText.Format(waited)} of retries ({method} {path}: {exception.Message})";
            throw new GitHubApiException(text, null, method.Method, path, null, exception) { BudgetExhausted = state.GaveUp is not null };
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
            if (state.GaveUp is { } gaveUp)
            {
                var what = gaveUp.Reason == RetryReason.RateLimit ? "GitHub rate limit" : "GitHub server errors";
                var text = $"{what}: waited {DurationText.Format(gaveUp.Waited)} of the {DurationText.Format(Options.TotalRetryBudget)} budget; giving up " +
                           $"(the next wait would be {DurationText.Format(gaveUp.NextWait)}; last answer {(int)response.StatusCode} to {method} {path}" +
                           (string.IsNullOrWhiteSpace(body?.Message) ? ")" : $": {body.Message})");
                throw new GitHubApiException(text, response.StatusCode, method.Method, path, body) { BudgetExhausted = true };
            }

            throw GitHubApiException.FromResponse(response.StatusCode, method.Method, path, body);
        }
    }

    private static async Task<GitHubErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, GitHubJsonContext.Default.GitHubErrorBody);
        }
        catch (JsonException)
        {
            return null; // an HTML error page from a proxy: the status code is all there is
        }
    }
}
