using Toolkit.Core.Events;

namespace Toolkit.Core.Tests.Events;

/// <summary>GitHub's published example payloads, as a workflow finds them at GITHUB_EVENT_PATH.</summary>
public sealed class WebhookPayloadTests
{
    public static TheoryData<string> Payloads => [.. PayloadFiles];

    private static IEnumerable<string> PayloadFiles =>
        Directory.GetFiles(EventEnvironment.Webhooks, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_shared_contracts_hold_payloads_of_every_event_the_toolkit_reads()
    {
        var events = PayloadFiles.Select(EventName).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "pull_request", "push", "merge_group", "workflow_dispatch", "check_run" }, events);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_payload_reads_into_an_event_context(string fileName)
    {
        var eventName = EventName(fileName);

        var result = GitHubEventReader.Read(EventEnvironment.For(eventName, EventEnvironment.Webhook(fileName)));

        Assert.True(result.IsSuccess, result.Error);
        var context = result.Context!;
        Assert.Equal(eventName, context.EventName);
        Assert.NotNull(context.Owner);
        Assert.NotNull(context.Repo);
        Assert.NotNull(context.HeadSha);
        Assert.NotNull(context.DefaultBranch);
        if (GitHubEventNames.IsPullRequest(eventName))
        {
            Assert.NotNull(context.PullNumber);
            Assert.Matches("^[0-9a-f]{40}$", context.HeadSha);
            Assert.Matches("^[0-9a-f]{40}$", context.BaseSha);
        }
        else
        {
            Assert.Null(context.PullNumber);
        }
    }

    [Fact]
    public void A_pull_request_from_the_same_repository_is_not_a_fork()
    {
        var context = Read("pull_request", "pull_request.opened.0.json");

        Assert.Equal(
            new GitHubEventContext("pull_request")
            {
                Owner = "Codertocat",
                Repo = "Hello-World",
                HeadSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
                BaseSha = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e",
                HeadRef = "changes",
                BaseRef = "master",
                PullNumber = 2,
                PullTitle = "Update the README with new information.",
                IsFork = false,
                IsDependabot = false,
                Actor = "Codertocat",
                DefaultBranch = "master",
            },
            context);
    }

    [Fact]
    public void A_pull_request_target_run_reads_the_same_pull_request_payload()
    {
        var context = Read("pull_request_target", "pull_request.synchronize.22.json");

        Assert.Equal(2, context.PullNumber);
        Assert.Equal("ec26c3e57ca3a959ca5aad62de7213c562f8c821", context.HeadSha);
        Assert.True(context.IsPullRequest);
    }

    [Fact]
    public void A_push_of_a_new_branch_has_no_base_commit()
    {
        var context = Read("push", "push.none.4.json");

        Assert.Equal("6113728f27ae82c7b1a177c8d03f9e96e0adf246", context.HeadSha);
        Assert.Null(context.BaseSha);
        Assert.Equal("refs/heads/master", context.HeadRef);
        Assert.Equal("Codertocat/Hello-World", context.Repository);
    }

    [Fact]
    public void A_push_that_deletes_a_tag_keeps_before_and_falls_back_to_the_runner_sha()
    {
        var context = Read("push", "push.none.1.json");

        Assert.Equal("6113728f27ae82c7b1a177c8d03f9e96e0adf246", context.BaseSha);
        Assert.Equal(EventEnvironment.RunnerSha, context.HeadSha);
        Assert.Equal("refs/tags/simple-tag", context.HeadRef);
    }

    [Fact]
    public void A_merge_group_reads_its_head_and_base_commits()
    {
        var context = Read("merge_group", "merge_group.checks_requested.0.json");

        Assert.Equal("2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d", context.HeadSha);
        Assert.Equal("380387fbc80638b734a49e1be1c4dfec1c01b33c", context.BaseSha);
        Assert.Equal("main", context.BaseRef);
        Assert.Equal("refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64", context.HeadRef);
        Assert.Equal(("octo-org", "octo-repo"), (context.Owner, context.Repo));
        Assert.Null(context.PullNumber);
    }

    [Fact]
    public void A_workflow_dispatch_takes_the_runner_sha_and_the_dispatched_ref()
    {
        var context = Read("workflow_dispatch", "workflow_dispatch.none.0.json");

        Assert.Equal(EventEnvironment.RunnerSha, context.HeadSha);
        Assert.Null(context.BaseSha);
        Assert.Equal("refs/heads/main", context.HeadRef);
        Assert.Equal("octocat", context.Actor);
        Assert.Equal("main", context.DefaultBranch);
        Assert.False(context.IsFork);
    }

    [Fact]
    public void Another_event_has_its_name_the_runner_sha_and_the_repository()
    {
        var context = Read("check_run", "check_run.completed.1.json");

        Assert.Equal("check_run", context.EventName);
        Assert.Equal(EventEnvironment.RunnerSha, context.HeadSha);
        Assert.Null(context.BaseSha);
        Assert.Equal("Codertocat/Hello-World", context.Repository);
    }

    private static GitHubEventContext Read(string eventName, string fileName)
    {
        var result = GitHubEventReader.Read(EventEnvironment.For(eventName, EventEnvironment.Webhook(fileName)));
        Assert.True(result.IsSuccess, result.Error);
        return result.Context!;
    }

    private static string EventName(string fileName) => fileName[..fileName.IndexOf('.', StringComparison.Ordinal)];
}
