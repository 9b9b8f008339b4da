using Toolkit.Core.Runtime;
using Toolkit.Core.Events;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Testing;

public sealed class ActionsEnvironmentTests : FakeGitHubTest
{
    private const string HeadSha = "abcdefabcdefabcdefabcdefabcdefabcdefabcd";

    [Fact]
    public void A_pull_request_job_reads_as_the_fake_repository_pull_request_and_head()
    {
        using var job = ActionsEnvironment.PullRequest(Server, Repo, number: 7, headSha: HeadSha);

        var result = GitHubEventReader.Read(RunEnvironment.From(job.Variables));

        Assert.True(result.IsSuccess, result.Error);
        var context = result.Context!;
        Assert.Equal(("pull_request", "octo", "app", 7, HeadSha), (context.EventName, context.Owner, context.Repo, context.PullNumber, context.HeadSha));
        Assert.False(context.IsFork);
    }

    [Fact]
    public async Task A_client_from_the_job_environment_talks_to_the_fake()
    {
        using var job = ActionsEnvironment.PullRequest(Server, Repo, number: 7, headSha: HeadSha);
        var environment = RunEnvironment.From(job.Variables);

        using var client = new GitHubClient(GitHubClientOptions.FromEnvironment(environment) with { TimeProvider = Time });
        var files = await client.Pulls.ListFilesAsync(Repo, 7);

        Assert.Empty(files);
        Assert.Equal(Server.BaseUrl.ToString().TrimEnd('/'), job.Variables["GITHUB_API_URL"]);
        Assert.All(Server.Requests, r => Assert.Equal($"Bearer {FakeGitHubServer.Token}", r.Headers["authorization"]));
    }

    [Fact]
    public void The_job_files_exist_and_outputs_read_back_in_both_forms()
    {
        using var job = ActionsEnvironment.PullRequest(Server, Repo);
        var environment = RunEnvironment.From(job.Variables);
        File.AppendAllText(environment.OutputPath!, "verdict=pass\nsummary<<EOF_1\nline 1\nline 2\nEOF_1\n");
        File.AppendAllText(environment.StepSummaryPath!, "## Gates\n");

        Assert.True(environment.IsGitHubActions);
        Assert.Equal("octo/app", environment.Repository);
        Assert.Equal(ActionsEnvironment.RunnerSha, environment.Sha);
        Assert.Equal("https://github.com/octo/app/actions/runs/4242/attempts/1", environment.RunUrl);
        Assert.Equal("## Gates\n", job.ReadStepSummary());
        Assert.Equal(new Dictionary<string, string> { ["verdict"] = "pass", ["summary"] = "line 1\nline 2" }, job.ReadOutputs());
    }

    [Fact]
    public void Dispose_removes_the_job_files()
    {
        var job = ActionsEnvironment.PullRequest(Server, Repo);
        job.Dispose();

        Assert.False(File.Exists(job.EventPath));
    }
}
