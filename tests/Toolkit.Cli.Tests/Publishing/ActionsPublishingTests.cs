using System.Text.Json.Nodes;
using Toolkit.Cli.Tests.Fakes;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Cli.Tests.Publishing;

/// <summary>
/// The gate as a workflow runs it: GITHUB_ACTIONS=true, a token and a real pull_request payload, against a fake
/// GitHub that keeps state. Every request the CLI sends is checked against GitHub's OpenAPI description.
/// </summary>
public sealed class ActionsPublishingTests : IAsyncLifetime
{
    private const int Pull = 7;
    private static readonly GitHubRepository Repo = new("octo", "app");
    private readonly FakeGitHubServer server = new();
    private Finding[] findings = [];

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        server.State.Login = "github-actions[bot]";
    }

    public async Task DisposeAsync()
    {
        ContractAssert.ServerRequestsMatch(server);
        await server.DisposeAsync();
    }

    private CliHarness Cli(ActionsEnvironment job) =>
        new CliHarness(new ScriptedGateCommand(GateIds.Policy, _ => new GateOutcome($"{findings.Length} findings") { Findings = findings }))
            .WithConfig("gates:\n  policy-ci: {}\n")
            .WithEnvironment(job.Variables);

    private static Finding[] Errors(int count, string message = "privileged container") =>
        Enumerable.Range(1, count).Select(i => new Finding("privileged-container", Severity.Error, $"{message} #{i}", new SourceLocation("deploy/app.yaml", i, 3))).ToArray();

    private JsonObject OnlyCheckRun() => Assert.Single(server.State.CheckRunsNamed(GateIds.Policy));

    private JsonObject OnlyComment() => Assert.Single(server.State.CommentsOn(Pull));

    [Fact]
    public async Task A_gate_in_a_pull_request_leaves_one_check_run_with_annotations_one_sticky_comment_and_the_job_summary()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        findings = Errors(3);

        var exit = await cli.RunAsync("run");

        Assert.Equal(1, exit);
        var run = OnlyCheckRun();
        Assert.Equal("completed", (string?)run["status"]);
        Assert.Equal("failure", (string?)run["conclusion"]);
        Assert.Equal(3, run["annotations"]!.AsArray().Count);
        Assert.Equal(ActionsEnvironment.DefaultHeadSha, (string?)run["head_sha"]);
        var comment = OnlyComment();
        Assert.StartsWith("<!-- toolkit:gate=policy-ci -->", (string?)comment["body"], StringComparison.Ordinal);
        Assert.Contains("privileged container \\#3", (string?)comment["body"], StringComparison.Ordinal);
        Assert.Contains("policy-ci", job.ReadStepSummary(), StringComparison.Ordinal);
        Assert.Equal("fail", job.ReadOutputs()["verdict"]);
        Assert.Contains("::error file=deploy/app.yaml,line=1,col=3", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_running_updates_the_comment_in_place_and_never_duplicates_it()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        findings = Errors(2);
        await cli.RunAsync("run");
        var first = OnlyComment();

        findings = [];
        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        var updated = OnlyComment();
        Assert.Equal((long?)first["id"], (long?)updated["id"]);
        Assert.DoesNotContain("privileged container", (string?)updated["body"], StringComparison.Ordinal);
        var latest = server.State.CheckRunsNamed(GateIds.Policy).OrderBy(r => (long?)r["id"]).Last();
        Assert.Equal("success", (string?)latest["conclusion"]);
    }

    [Fact]
    public async Task An_unchanged_verdict_leaves_the_comment_untouched()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        findings = Errors(1);
        await cli.RunAsync("run");
        server.ClearRequests();

        await cli.RunAsync("run");

        Assert.DoesNotContain(server.Requests, r => r.Method == "PATCH" && r.PathAndQuery.Contains("/issues/comments/", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Method == "POST" && r.PathAndQuery.Contains("/comments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publishing_a_typical_verdict_takes_at_most_four_requests_after_the_check_run_started()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        findings = Errors(50);

        await cli.RunAsync("run");

        var requests = server.History;
        var afterStart = requests.SkipWhile(r => !(r.Method == "POST" && r.PathAndQuery.EndsWith("/check-runs", StringComparison.Ordinal))).Skip(1).ToList();
        Assert.InRange(afterStart.Count, 1, 4);
        Assert.InRange(requests.Count, 1, 6);
    }

    [Fact]
    public async Task A_read_only_token_does_not_fail_the_gate_and_says_how_to_post_from_a_follow_up()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        server.State.ReadOnlyToken = true;
        findings = [];

        var exit = await cli.RunAsync("run");

        Assert.Equal(0, exit);
        Assert.Contains("gate publish --from artifacts/gates", cli.Error, StringComparison.Ordinal);
        Assert.Contains("read-only token", job.ReadStepSummary(), StringComparison.Ordinal);
        Assert.True(File.Exists(cli.OutputFile("publish-context.json")));
        Assert.Empty(server.State.CommentsOn(Pull));
    }

    [Fact]
    public async Task A_follow_up_posts_the_verdicts_of_a_read_only_run_with_a_write_token()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var fork = Cli(job);
        server.State.ReadOnlyToken = true;
        findings = Errors(1);
        await fork.RunAsync("run");
        server.State.ReadOnlyToken = false;
        server.State.PullRequests[Pull] = PullAt(ActionsEnvironment.DefaultHeadSha);
        using var followUp = Cli(ActionsEnvironment.ForEvent(server, Repo, "workflow_dispatch.none.0.json"));

        var exit = await followUp.RunRawAsync("publish", "--from", fork.OutputFile());

        Assert.Equal(0, exit);
        Assert.Equal("failure", (string?)OnlyCheckRun()["conclusion"]);
        Assert.Contains("privileged container \\#1", (string?)OnlyComment()["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_refuses_verdicts_whose_commit_is_not_the_pull_requests_head()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var fork = Cli(job);
        server.State.ReadOnlyToken = true;
        await fork.RunAsync("run");
        server.State.ReadOnlyToken = false;
        server.State.PullRequests[Pull] = PullAt("9999999999999999999999999999999999999999");
        using var followUp = Cli(ActionsEnvironment.ForEvent(server, Repo, "workflow_dispatch.none.0.json"));

        var exit = await followUp.RunRawAsync("publish", "--from", fork.OutputFile());

        Assert.Equal(1, exit);
        Assert.Contains("refusing to post", followUp.Error, StringComparison.Ordinal);
        Assert.Empty(server.State.CommentsOn(Pull));
    }

    [Fact]
    public async Task Decide_posts_one_combined_comment()
    {
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull);
        using var cli = Cli(job);
        findings = [];
        await cli.RunAsync("run", "--publish", "none");

        var exit = await cli.RunAsync("decide");
        await cli.RunAsync("decide");

        Assert.Equal(0, exit);
        var comment = OnlyComment();
        Assert.StartsWith("<!-- toolkit:gate=decision -->", (string?)comment["body"], StringComparison.Ordinal);
        Assert.Contains("Go", (string?)comment["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_never_appears_in_output_files_or_the_summary()
    {
        const string token = "ghs_UNIQUE9secret8VALUE7never6SHOWN5";
        using var job = ActionsEnvironment.PullRequest(server, Repo, Pull, token: token);
        using var cli = Cli(job);
        server.State.ReadOnlyToken = true;
        findings = [new Finding("leak", Severity.Error, $"a gate that echoes {token} by mistake", new SourceLocation("a.yml", 1))];

        await cli.RunAsync("run", "--github-token", token);

        var printed = string.Join("\n", (cli.Out + cli.Error).Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        Assert.DoesNotContain(token, printed, StringComparison.Ordinal);
        Assert.Contains($"::add-mask::{token}", cli.Out, StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(cli.OutputFile(), "*", SearchOption.AllDirectories).Append(job.StepSummaryPath).Append(job.OutputPath))
        {
            Assert.DoesNotContain(token, File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.Contains("a gate that echoes *** by mistake", File.ReadAllText(cli.OutputFile("policy-ci.verdict.json")), StringComparison.Ordinal);

        Assert.DoesNotContain(token, string.Join("\n", server.Logs.Lines), StringComparison.Ordinal);
    }

    private static JsonObject PullAt(string sha) => new()
    {
        ["number"] = Pull,
        ["state"] = "open",
        ["title"] = "feat: change",
        ["head"] = new JsonObject { ["ref"] = "feature", ["sha"] = sha },
        ["base"] = new JsonObject { ["ref"] = "main", ["sha"] = "0000000000000000000000000000000000000001" },
    };
}
