using Polly;
using Polly.Retry;
using Toolkit.Core.Http;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>
/// The HTTP side of the OSV client: one Polly retry pipeline for 5xx, 408, 429, timeouts and connection failures
/// (the server's <c>Retry-After</c>, else jittered exponential backoff), every wait checked against one budget for
/// the whole lookup, which a wall-clock deadline also enforces. Failures become <see cref="OsvApiException"/>.
/// </summary>
internal sealed partial class OsvHttp : IDisposable
{
    private static readonly ResiliencePropertyKey<OsvRetryState> StateKey = new("toolkit.osv.retry");

    private readonly HttpClient http;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly OsvApiOptions options;
    private readonly TimeProvider clock;
    private readonly long started;
    private readonly CancellationTokenSource deadline = new();
    private readonly string baseUrl;
    private int attempts;

    /// <param name="clock">Retry waits and the budget run on it; tests pass one that advances instantly.</param>
    /// <param name="handler">Replaces the network (tests); null for a real connection.</param>
    public OsvHttp(OsvApiOptions options, TimeProvider clock, HttpMessageHandler? handler = null)
    {
        this.options = options;
        this.clock = clock;
        baseUrl = options.Url.AbsoluteUri.TrimEnd('/');
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = Timeout.InfiniteTimeSpan; // attempts are timed by RequestTimeout, the lookup by the budget
        http.DefaultRequestHeaders.UserAgent.ParseAdd("toolkit-gate/" + Core.Runtime.ToolkitInfo.Version);
        started = clock.GetTimestamp();
        deadline.CancelAfter(options.Budget);
        pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                ShouldHandle = args => new ValueTask<bool>(args.Context.Properties.TryGetValue(StateKey, out var state) && ShouldRetry(args.Outcome, state)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Context.Properties.TryGetValue(StateKey, out var state) ? state.NextDelay : TimeSpan.Zero),
                UseJitter = false, // the delay is chosen (and jittered) by ShouldRetry, which also checks the budget
            })
            .Build();
    }

    /// <summary>The API root, for messages.</summary>
    public string BaseUrl => baseUrl;

    /// <summary>HTTP attempts sent so far, retries included.</summary>
    public int Attempts => Volatile.Read(ref attempts);

    /// <summary>Sends a request and returns the body of its successful answer.</summary>
    /// <exception cref="OsvApiException">Unreachable, a non-success answer, or the budget spent.</exception>
    public async Task<byte[]> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var context = ResilienceContextPool.Shared.Get(linked.Token);
        var state = new OsvRetryState();
        context.Properties.Set(StateKey, state);
        try
        {
            var uri = new Uri(baseUrl + path, UriKind.Absolute);
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (ctx, s) => s.Self.AttemptAsync(s.Method, s.Uri, s.Body, ctx.CancellationToken),
                context,
                (Self: this, Method: method, Uri: uri, Body: body)).ConfigureAwait(false);
            return await CompleteAsync(outcome, state, $"{method} {path}", linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure($"did not finish within the {DurationText.Format(options.Budget)} budget ({method} {path})");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>An error naming the API and the ways out.</summary>
    public OsvApiException Failure(string what) =>
        new($"the OSV API at {baseUrl} {what}; check 'osv_api.url' (or --osv-api-url), set 'osv_api.offline: true' to use only the cache, or set 'osv_database' to an offline copy.");

    public void Dispose()
    {
        http.Dispose();
        deadline.Dispose();
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(HttpMethod method, Uri uri, byte[]? body, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        var (response, failure) = await HttpAttempt.SendAsync(
            http, method, uri, body, options.RequestTimeout, $"no answer within {DurationText.Format(options.RequestTimeout)}", cancellationToken).ConfigureAwait(false);
        return response is not null ? Outcome.FromResult(response) : Outcome.FromException<HttpResponseMessage>(failure!);
    }
}
