using System.Text.Json.Nodes;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Publishing;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Publishing;

public sealed class CheckRunPublishingTests : FakeGitHubTest
{
    private static readonly PublishRequest CheckOnly = SampleVerdicts.Request() with { Modes = PublishModes.CheckRun };

    [Fact]
    public async Task Starts_the_check_run_in_progress_and_completes_the_same_one()
    {
        var publisher = new VerdictPublisher(Client);

        var started = await publisher.StartCheckRunAsync("supply-chain", CheckOnly);
        var result = await publisher.PublishAsync(SampleVerdicts.Failing(), CheckOnly);

        var run = Assert.Single(Server.State.CheckRuns);
        Assert.Equal(started.CheckRunId, result.CheckRunId);
        Assert.Equal(PublishAction.Updated, result.CheckRun);
        Assert.Equal("completed", (string?)run["status"]);
        Assert.Equal("failure", (string?)run["conclusion"]);
        Assert.Equal("3 vulnerable packages", (string?)run["output"]!["title"]);
        Assert.Equal("https://github.com/octo/app/actions/runs/1", (string?)run["details_url"]);
        Assert.Equal(3, run["annotations"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(VerdictStatus.Pass, "success")]
    [InlineData(VerdictStatus.Warn, "neutral")]
    [InlineData(VerdictStatus.Fail, "failure")]
    [InlineData(VerdictStatus.Error, "failure")]
    public async Task Maps_the_verdict_to_the_check_run_conclusion(VerdictStatus status, string conclusion)
    {
        await new VerdictPublisher(Client).PublishAsync(new GateVerdict("policy-ci", status, "s"), CheckOnly);

        Assert.Equal(conclusion, (string?)Assert.Single(Server.State.CheckRuns)["conclusion"]);
    }

    [Fact]
    public async Task Maps_severities_to_annotation_levels_most_severe_first()
    {
        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(findings: 3), CheckOnly);

        var annotations = Server.State.CheckRuns[0]["annotations"]!.AsArray();
        Assert.Equal(["failure", "warning", "notice"], annotations.Select(a => (string?)a!["annotation_level"]));
        Assert.Equal([1, 2, 3], annotations.Select(a => (int)a!["start_line"]!));
        Assert.Equal([2, 3, 4], annotations.Select(a => (int)a!["end_line"]!));
    }

    [Fact]
    public async Task Sends_annotations_in_batches_of_fifty_and_completes_with_the_last()
    {
        var publisher = new VerdictPublisher(Client);
        await publisher.StartCheckRunAsync("supply-chain", CheckOnly);
        Server.ClearRequests();

        var result = await publisher.PublishAsync(SampleVerdicts.Failing(findings: 120), CheckOnly);

        var patches = Server.Requests.Where(r => r.Method == "PATCH").Select(r => JsonNode.Parse(r.Body!)!).ToList();
        Assert.Equal([50, 50, 20], patches.Select(p => p["output"]!["annotations"]!.AsArray().Count));
        Assert.Equal([null, null, "completed"], patches.Select(p => (string?)p["status"]));
        Assert.All(patches, p => Assert.Equal("120 vulnerable packages", (string?)p["output"]!["title"]));
        Assert.Equal(120, Server.State.CheckRuns[0]["annotations"]!.AsArray().Count);
        Assert.Equal(120, result.AnnotationsSent);
    }

    [Fact]
    public async Task Creates_a_completed_run_in_one_request_when_none_was_started()
    {
        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CheckOnly);

        Assert.Equal(PublishAction.Created, result.CheckRun);
        Assert.Equal(["GET", "POST"], Server.Requests.Select(r => r.Method));
        Assert.Equal("completed", (string?)Server.State.CheckRuns[0]["status"]);
    }

    [Fact]
    public async Task Counts_findings_past_the_annotation_cap_in_the_summary()
    {
        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(findings: 60), CheckOnly with { AnnotationCap = 10 });

        Assert.Equal(10, result.AnnotationsSent);
        Assert.Equal(50, result.AnnotationsOmitted);
        Assert.Contains("50 more located findings are not annotated here", (string?)Server.State.CheckRuns[0]["output"]!["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncates_the_summary_to_65535_characters_with_a_note()
    {
        var request = CheckOnly with { CheckSummary = new string('x', 70_000) };

        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), request);

        var summary = (string)Server.State.CheckRuns[0]["output"]!["summary"]!;
        Assert.InRange(summary.Length, 65_500, 65_535);
        Assert.Contains("characters omitted; the full report is in the job summary", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_reuses_the_latest_in_progress_check_run_of_the_gate()
    {
        var first = await new VerdictPublisher(Client).StartCheckRunAsync("supply-chain", CheckOnly);

        var rerun = new VerdictPublisher(Client);
        var again = await rerun.StartCheckRunAsync("supply-chain", CheckOnly);
        await rerun.PublishAsync(SampleVerdicts.Failing(), CheckOnly);

        Assert.Equal(first.CheckRunId, again.CheckRunId);
        Assert.Single(Server.State.CheckRuns);
    }

    [Fact]
    public async Task A_new_run_after_a_completed_one_creates_a_new_check_run()
    {
        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CheckOnly);
        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CheckOnly);

        Assert.Equal(2, Server.State.CheckRunsNamed("supply-chain").Count);
    }
}
