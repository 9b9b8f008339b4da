using System.Net;
using Toolkit.GitHub.Statuses;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Client;

public sealed class ResilienceTests : FakeGitHubTest
{
    private Task<CommitStatus> PostStatus() =>
        Client.Statuses.CreateAsync(Repo, "abc123", new NewCommitStatus(CommitState.Success) { Context = "supply-chain" });

    [Fact]
    public async Task Waits_as_many_seconds_as_retry_after_says()
    {
        Server.Inject(Fault.TooManyRequests(retryAfterSeconds: 7));

        await PostStatus();

        Assert.Equal([TimeSpan.FromSeconds(7)], Time.Waits);
        Assert.Equal(2, Server.Requests.Count);
        Assert.Single(Server.State.Statuses);
    }

    [Fact]
    public async Task Waits_until_the_reset_when_the_primary_rate_limit_is_exhausted()
    {
        Server.Inject(Fault.PrimaryRateLimitExhausted(Time.GetUtcNow().AddSeconds(90)));

        await PostStatus();

        Assert.Equal([TimeSpan.FromSeconds(90)], Time.Waits);
        Assert.Single(Server.State.Statuses);
    }

    [Fact]
    public async Task Backs_off_exponentially_from_one_minute_on_a_secondary_rate_limit_without_retry_after()
    {
        using var client = Server.CreateClient(Time, o => o with { TotalRetryBudget = TimeSpan.FromMinutes(10) });
        Server.Inject(Fault.SecondaryRateLimit(), Fault.SecondaryRateLimit(), Fault.TooManyRequests(retryAfterSeconds: null));

        await client.Statuses.CreateAsync(Repo, "abc123", new NewCommitStatus(CommitState.Success));

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], Time.Waits);
        Assert.Single(Server.State.Statuses);
    }

    [Fact]
    public async Task Honours_retry_after_on_a_secondary_rate_limit()
    {
        Server.Inject(Fault.SecondaryRateLimit(retryAfterSeconds: 30));

        await PostStatus();

        Assert.Equal([TimeSpan.FromSeconds(30)], Time.Waits);
    }

    [Fact]
    public async Task Retries_every_documented_server_error_with_growing_jittered_backoff()
    {
        Server.Inject(Fault.ServerError(500), Fault.ServerError(502), Fault.ServerError(503), Fault.ServerError(504));

        await PostStatus();

        Assert.Equal(5, Server.Requests.Count);
        var waits = Time.Waits;
        Assert.Equal(4, waits.Count);
        for (var i = 0; i < waits.Count; i++)
        {
            var full = TimeSpan.FromSeconds(Math.Pow(2, i));
            Assert.InRange(waits[i], full / 2, full);
        }
    }

    [Fact]
    public async Task Retries_a_dropped_connection()
    {
        Server.Inject(Fault.DroppedConnection());

        await PostStatus();

        Assert.Equal(2, Server.Requests.Count);
        Assert.Single(Server.State.Statuses);
    }

    [Fact]
    public async Task Gives_up_on_a_response_slower_than_the_request_timeout_and_retries()
    {
        using var client = Server.CreateClient(Time, o => o with { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        Server.Inject(Fault.Slow(TimeSpan.FromSeconds(30)));

        await client.Statuses.CreateAsync(Repo, "abc123", new NewCommitStatus(CommitState.Success));

        Assert.Equal(2, Server.Requests.Count);
        Assert.Single(Server.State.Statuses);
    }

    [Fact]
    public async Task Stops_with_a_plain_message_when_the_rate_limit_reset_is_beyond_the_budget()
    {
        Server.Inject(Fault.PrimaryRateLimitExhausted(Time.GetUtcNow().AddHours(1)));

        var error = await Assert.ThrowsAsync<GitHubApiException>(PostStatus);

        Assert.StartsWith("GitHub rate limit: waited 0s of the 5m budget; giving up", error.Message, StringComparison.Ordinal);
        Assert.True(error.BudgetExhausted);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Empty(Time.Waits);
    }

    [Fact]
    public async Task Stops_after_waiting_most_of_the_budget_on_repeated_secondary_rate_limits()
    {
        Server.Inject([.. Enumerable.Range(0, 5).Select(_ => Fault.SecondaryRateLimit())]);

        var error = await Assert.ThrowsAsync<GitHubApiException>(PostStatus);

        // 1 + 2 minutes fit in the 5-minute budget; the next 4 would not.
        Assert.StartsWith("GitHub rate limit: waited 3m of the 5m budget; giving up", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(3), Time.Waited);
        Assert.Empty(Server.State.Statuses);
    }

    [Fact]
    public async Task Never_waits_longer_in_total_than_the_budget_on_endless_server_errors()
    {
        using var client = Server.CreateClient(Time, o => o with { TotalRetryBudget = TimeSpan.FromSeconds(20), MaxRetryAttempts = 100 });
        Server.Inject([.. Enumerable.Range(0, 100).Select(_ => Fault.ServerError(502))]);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() =>
            client.Statuses.CreateAsync(Repo, "abc123", new NewCommitStatus(CommitState.Success)));

        Assert.Contains("of the 20s budget; giving up", error.Message, StringComparison.Ordinal);
        Assert.True(error.BudgetExhausted);
        Assert.InRange(Time.Waited, TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Does_not_retry_a_forbidden_answer_that_is_not_a_rate_limit()
    {
        Server.Inject(Fault.IntegrationForbidden());

        var error = await Assert.ThrowsAsync<GitHubApiException>(PostStatus);

        Assert.True(error.IsIntegrationForbidden);
        Assert.True(error.IsReadOnlyToken);
        Assert.Single(Server.Requests);
    }

    [Fact]
    public async Task Sends_mutating_requests_one_at_a_time()
    {
        Server.State.MutationDelay = TimeSpan.FromMilliseconds(20);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostStatus()));

        Assert.Equal(6, Server.State.Statuses.Count);
        Assert.Equal(1, Server.State.MaxConcurrentMutations);
    }
}
