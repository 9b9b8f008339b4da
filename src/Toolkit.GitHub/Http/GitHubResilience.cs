using Polly;
using Polly.Retry;

namespace Toolkit.GitHub.Http;

/// <summary>Builds the one retry pipeline every request goes through.</summary>
internal static class GitHubResilience
{
    public static readonly ResiliencePropertyKey<RetryState> StateKey = new("toolkit.github.retry");

    public static ResiliencePipeline<HttpResponseMessage> Create(GitHubClientOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                ShouldHandle = args => args.Context.Properties.TryGetValue(StateKey, out var state)
                    ? GitHubRetryPolicy.ShouldRetryAsync(args.Outcome, state, options)
                    : new ValueTask<bool>(false),
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Context.Properties.TryGetValue(StateKey, out var state) ? state.NextDelay : TimeSpan.Zero),
                UseJitter = false,
            })
            .Build();
}
