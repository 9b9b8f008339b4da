using System.Text.Json.Nodes;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Publishing;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Publishing;

public sealed class PublishingTests : FakeGitHubTest
{
    [Fact]
    public async Task After_faults_GitHub_eventually_accepts_there_is_one_check_run_and_one_comment_with_the_final_content()
    {
        var publisher = new VerdictPublisher(Client);
        var request = SampleVerdicts.Request();
        Server.Inject(
            Fault.ServerError(502).On("POST", "/check-runs"),
            Fault.DroppedConnection().On("PATCH", "/check-runs"),
            Fault.TooManyRequests(retryAfterSeconds: 3).On("GET", "/comments"),
            Fault.SecondaryRateLimit().On("POST", "/comments"),
            Fault.PrimaryRateLimitExhausted(Time.GetUtcNow().AddSeconds(30)).On("GET", "/comments"),
            Fault.ServerError(500).On("PATCH", "/issues/comments"));

        await publisher.StartCheckRunAsync("supply-chain", request);
        await publisher.PublishAsync(SampleVerdicts.Failing(), request);
        await publisher.PublishAsync(SampleVerdicts.Failing(), request with { Modes = PublishModes.Comment, CommentBody = "final " + CommentMarker.For("supply-chain") });

        var run = Assert.Single(Server.State.CheckRunsNamed("supply-chain"));
        Assert.Equal(("completed", "failure", 3), ((string?)run["status"], (string?)run["conclusion"], run["annotations"]!.AsArray().Count));
        var comment = Assert.Single(Server.State.CommentsOn(7));
        Assert.Equal("final " + CommentMarker.For("supply-chain"), (string?)comment["body"]);
        Assert.True(Time.Waited >= TimeSpan.FromMinutes(1), "the secondary rate limit waited at least a minute");
    }

    [Fact]
    public async Task Publishing_a_typical_verdict_after_the_run_started_takes_at_most_four_requests()
    {
        var publisher = new VerdictPublisher(Client);
        var request = SampleVerdicts.Request();
        var started = await publisher.StartCheckRunAsync("supply-chain", request);
        Client.Users.UseKnownLogin("toolkit-bot");
        Server.ClearRequests();

        var created = await publisher.PublishAsync(SampleVerdicts.Failing(findings: 50), request with { CheckRunId = started.CheckRunId });
        var createdRequests = Server.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Server.ClearRequests();
        var updated = await publisher.PublishAsync(SampleVerdicts.Failing(findings: 50), request with { CheckRunId = started.CheckRunId, CommentBody = "changed" });

        Assert.Equal(4, created.RequestsSent);
        Assert.Equal(
            ["PATCH /repos/octo/app/check-runs/" + started.CheckRunId, "GET /repos/octo/app/issues/7/comments",
             "POST /repos/octo/app/issues/7/comments", "GET /repos/octo/app/issues/7/comments"],
            createdRequests);
        Assert.Equal(3, updated.RequestsSent);
    }

    [Fact]
    public async Task A_read_only_token_is_reported_with_instructions_instead_of_failing()
    {
        Server.State.ReadOnlyToken = true;

        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), SampleVerdicts.Request());

        Assert.True(result.ReadOnly);
        Assert.Equal(
            "This run has a read-only token (fork pull request or Dependabot). The verdict is in the job summary and the artifact; " +
            "post it from a workflow_run follow-up with `gate publish --from artifacts/gates`.",
            result.Instructions);
        Assert.Empty(Server.State.CheckRuns);
    }

    [Fact]
    public async Task Starting_with_a_read_only_token_is_reported_too()
    {
        Server.State.ReadOnlyToken = true;

        var result = await new VerdictPublisher(Client).StartCheckRunAsync("supply-chain", SampleVerdicts.Request());

        Assert.True(result.ReadOnly);
        Assert.Null(result.CheckRunId);
    }

    [Theory]
    [InlineData(VerdictStatus.Pass, false, "success")]
    [InlineData(VerdictStatus.Warn, false, "success")]
    [InlineData(VerdictStatus.Fail, false, "failure")]
    [InlineData(VerdictStatus.Error, false, "error")]
    [InlineData(VerdictStatus.Error, true, "success")]
    public async Task Publishes_a_commit_status_per_gate(VerdictStatus status, bool failOpen, string state)
    {
        var verdict = new GateVerdict("migration-gate", status, new string('d', 300)) { FailOpen = failOpen };

        var result = await new VerdictPublisher(Client).PublishAsync(verdict, SampleVerdicts.Request() with { Modes = PublishModes.Status });

        var body = JsonNode.Parse(Assert.Single(Server.Requests).Body!)!;
        Assert.Equal(state, result.StatusState);
        Assert.Equal(state, (string?)body["state"]);
        Assert.Equal("migration-gate", (string?)body["context"]);
        Assert.Equal("https://github.com/octo/app/actions/runs/1", (string?)body["target_url"]);
        var description = (string)body["description"]!;
        Assert.Equal(140, description.Length);
        Assert.EndsWith("…", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_with_statuses_posts_a_pending_status()
    {
        await new VerdictPublisher(Client).StartCheckRunAsync("slo-gates", SampleVerdicts.Request("slo-gates") with { Modes = PublishModes.Status });

        Assert.Equal("pending", (string?)Assert.Single(Server.State.Statuses)["state"]);
    }
}
