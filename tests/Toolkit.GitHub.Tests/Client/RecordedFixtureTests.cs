using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.GitHub.Branches;
using Toolkit.GitHub.Http;
using Toolkit.GitHub.Protection;
using Toolkit.GitHub.Statuses;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.GitHub.Tests.Client;

public sealed class RecordedFixtureTests : IDisposable
{
    private readonly List<RecordedFixtureHandler> replayed = [];

    /// <summary>What the client sent to the recordings must be GitHub's documented API too, as for the fake.</summary>
    public void Dispose() => ContractAssert.RequestsMatch(replayed.SelectMany(h => h.Received));

    private GitHubClient ClientFor(RecordedFixtureHandler handler)
    {
        replayed.Add(handler);
        return new(new GitHubClientOptions { Token = "recorded", TimeProvider = new InstantTimeProvider() }, handler);
    }

    [Fact]
    public async Task A_404_branch_not_protected_reads_as_no_protection()
    {
        using var handler = new RecordedFixtureHandler("branch-protection.json");
        using var client = ClientFor(handler);

        var protection = await client.BranchProtection.GetAsync(new GitHubRepository("octokit-fixture-org", "branch-protection"), "main");

        Assert.Null(protection);
    }

    [Fact]
    public async Task A_dry_run_on_an_unprotected_branch_would_create_protection()
    {
        using var handler = new RecordedFixtureHandler("branch-protection.json");
        using var client = ClientFor(handler);

        var result = await new BranchProtectionSync(client).SyncAsync(
            new ProtectionSyncRequest("octokit-fixture-org", "branch-protection", "main", ["supply-chain"]) { DryRun = true });

        Assert.Equal(ProtectionSyncOutcome.WouldApply, result.Outcome);
        Assert.Contains("not protected yet", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_protection_put_with_everything_off_serializes_like_the_recorded_request()
    {
        using var handler = new RecordedFixtureHandler("branch-protection.json");
        var recorded = handler.Recordings[1]["body"]!;

        var sent = JsonSerializer.SerializeToNode(new BranchProtectionUpdate(null, false, null, null), GitHubJsonContext.Default.BranchProtectionUpdate);

        Assert.True(JsonNode.DeepEquals(recorded, sent), sent!.ToJsonString());
    }

    [Fact]
    public void A_recorded_protection_response_converts_back_to_the_recorded_request_settings()
    {
        using var handler = new RecordedFixtureHandler("branch-protection.json");
        var recording = handler.Recordings[2];
        var response = recording["response"].Deserialize(GitHubJsonContext.Default.BranchProtection)!;

        var update = BranchProtectionUpdate.Preserving(response, new RequiredStatusChecksUpdate(response.RequiredStatusChecks!.Strict, response.RequiredStatusChecks.Contexts));
        var sent = JsonSerializer.SerializeToNode(update, GitHubJsonContext.Default.BranchProtectionUpdate)!;
        var body = recording["body"]!;

        Assert.True(JsonNode.DeepEquals(body["required_status_checks"], sent["required_status_checks"]));
        Assert.True(JsonNode.DeepEquals(body["enforce_admins"], sent["enforce_admins"]));
        Assert.True(JsonNode.DeepEquals(body["restrictions"]!["users"], sent["restrictions"]!["users"]));
        Assert.True(JsonNode.DeepEquals(body["restrictions"]!["teams"], sent["restrictions"]!["teams"]));
        Assert.True(JsonNode.DeepEquals(body["required_pull_request_reviews"]!["dismissal_restrictions"]!["users"], sent["required_pull_request_reviews"]!["dismissal_restrictions"]!["users"]));
        Assert.True((bool)sent["required_pull_request_reviews"]!["dismiss_stale_reviews"]!);
    }

    [Fact]
    public async Task Issue_pagination_follows_the_recorded_link_headers_across_every_page()
    {
        using var handler = new RecordedFixtureHandler("paginate-issues.json");
        using var client = ClientFor(handler);

        var issues = await client.Connection.GetAllPagesAsync("/repos/octokit-fixture-org/paginate-issues/issues?per_page=3", ReplayJsonContext.Default.ListRecordedIssue);

        Assert.Equal(handler.Recordings.Sum(r => r["response"]!.AsArray().Count), issues.Count);
        Assert.Equal(handler.Recordings.Select(r => (string?)r["path"]), handler.Received.Select(r => r.PathAndQuery));
        Assert.Equal(13, issues[0].Number);
    }

    [Fact]
    public async Task A_recorded_validation_error_maps_to_the_typed_error()
    {
        using var handler = new RecordedFixtureHandler("errors.json");
        using var client = ClientFor(handler);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.Connection.SendAsync(
            HttpMethod.Post, "/repos/octokit-fixture-org/errors/labels", new RecordedLabel("foo", "invalid"),
            ReplayJsonContext.Default.RecordedLabel, ReplayJsonContext.Default.JsonElement));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("Validation Failed", error.GitHubMessage);
        Assert.Equal("https://docs.github.com/rest/reference/issues#create-a-label", error.DocumentationUrl);
        var detail = Assert.Single(error.Errors);
        Assert.Equal(("Label", "color", "invalid"), (detail.Resource, detail.Field, detail.Code));
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task The_create_status_request_body_matches_the_recorded_one()
    {
        using var handler = new RecordedFixtureHandler("create-status.json");
        using var client = ClientFor(handler);
        var recorded = handler.Recordings[0];

        var status = await client.Statuses.CreateAsync(
            new GitHubRepository("octokit-fixture-org", "create-status"),
            "0000000000000000000000000000000000000001",
            new NewCommitStatus(CommitState.Failure) { TargetUrl = "https://example.com", Description = "create-status failure test", Context = "example/1" });

        Assert.True(JsonNode.DeepEquals(recorded["body"], JsonNode.Parse(handler.Received[0].Body!)), handler.Received[0].Body);
        Assert.Equal((1000L, "failure", "example/1"), (status.Id, status.State, status.Context));
    }
}
