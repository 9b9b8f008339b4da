using System.Text.Json.Nodes;
using Toolkit.Core.Events;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Events;

public sealed class GitHubEventReaderTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_pull_request_from_another_repository_is_a_fork()
    {
        // The published examples are all same-repository PRs; this one is derived from them as GitHub sends a fork's.
        var path = DerivedPullRequest(pr =>
        {
            var repo = pr["head"]!["repo"]!;
            repo["full_name"] = "forker/Hello-World";
            repo["owner"]!["login"] = "forker";
            repo["fork"] = true;
        });

        var context = Read("pull_request", path);

        Assert.True(context.IsFork);
        Assert.Equal(("Codertocat", "Hello-World"), (context.Owner, context.Repo));
        Assert.Equal(2, context.PullNumber);
    }

    [Fact]
    public void A_pull_request_whose_head_repository_was_deleted_is_a_fork()
    {
        var path = DerivedPullRequest(pr => pr["head"]!["repo"] = null);

        Assert.True(Read("pull_request_target", path).IsFork);
    }

    [Fact]
    public void A_fork_is_recognised_by_its_owner_when_full_names_are_missing()
    {
        var path = DerivedPullRequest(pr =>
        {
            var head = pr["head"]!["repo"]!.AsObject();
            head.Remove("full_name");
            head["fork"] = true;
            head["owner"]!["login"] = "forker";
        });

        Assert.True(Read("pull_request", path).IsFork);
    }

    [Fact]
    public void A_pull_request_opened_by_dependabot_is_recognised()
    {
        var path = DerivedPullRequest(pr => pr["user"]!["login"] = "dependabot[bot]");

        var context = Read("pull_request", path);

        Assert.True(context.IsDependabot);
        Assert.Equal("Codertocat", context.Actor);
    }

    [Fact]
    public void A_run_triggered_by_dependabot_is_recognised_from_the_actor()
    {
        var env = EventEnvironment.For("push", EventEnvironment.Webhook("push.none.4.json"), ("GITHUB_ACTOR", "dependabot[bot]"));

        var context = GitHubEventReader.Read(env).Context!;

        Assert.True(context.IsDependabot);
        Assert.Equal("dependabot[bot]", context.Actor);
    }

    [Fact]
    public void A_missing_event_file_is_an_error_naming_the_file()
    {
        var path = temp.Combine("nowhere", "event.json");

        var result = GitHubEventReader.Read(EventEnvironment.For("pull_request", path));

        Assert.False(result.IsSuccess);
        Assert.Null(result.Context);
        Assert.Equal($"{path}: cannot read the 'pull_request' event payload (GITHUB_EVENT_PATH): does not exist.", result.Error);
    }

    [Fact]
    public void A_malformed_event_file_is_an_error_naming_the_file_and_the_place()
    {
        var path = temp.Write("event.json", "{\n  \"number\": 2,\n  \"pull_request\": {\n");

        var result = GitHubEventReader.Read(EventEnvironment.For("pull_request", path));

        Assert.False(result.IsSuccess);
        Assert.StartsWith($"{path}: the 'pull_request' event payload is not valid JSON at line ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_file_that_is_not_an_object_is_an_error()
    {
        var path = temp.Write("event.json", "[1, 2]");

        var result = GitHubEventReader.Read(EventEnvironment.For("push", path));

        Assert.Equal($"{path}: the 'push' event payload is a JSON array, expected an object.", result.Error);
    }

    [Fact]
    public void A_missing_GITHUB_EVENT_PATH_is_an_error_for_events_whose_payload_is_needed()
    {
        var result = GitHubEventReader.Read(EventEnvironment.For("pull_request", eventPath: null));

        Assert.Equal("GITHUB_EVENT_PATH is not set, so the 'pull_request' event payload cannot be read.", result.Error);
    }

    [Fact]
    public void A_missing_GITHUB_EVENT_PATH_still_gives_other_events_the_runner_context()
    {
        var result = GitHubEventReader.Read(EventEnvironment.For("schedule", eventPath: null));

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(
            new GitHubEventContext("schedule") { Owner = "runner-owner", Repo = "runner-repo", HeadSha = EventEnvironment.RunnerSha },
            result.Context);
    }

    [Fact]
    public void A_missing_GITHUB_EVENT_NAME_is_an_error_outside_actions()
    {
        var result = GitHubEventReader.Read(EventEnvironment.For(eventName: null, eventPath: null));

        Assert.Equal("GITHUB_EVENT_NAME is not set: the event context is only available in a GitHub Actions run.", result.Error);
    }

    [Fact]
    public void An_unexpected_payload_shape_reads_as_far_as_it_goes()
    {
        var path = temp.Write("event.json", """{"pull_request": {"head": "main", "number": "7"}, "repository": 42, "sender": []}""");

        var context = Read("pull_request", path);

        Assert.Equal(7, context.PullNumber);
        Assert.False(context.IsFork);
        Assert.Equal(EventEnvironment.RunnerSha, context.HeadSha);
        Assert.Null(context.BaseSha);
        Assert.Equal(("runner-owner", "runner-repo"), (context.Owner, context.Repo));
    }

    private GitHubEventContext Read(string eventName, string path)
    {
        var result = GitHubEventReader.Read(EventEnvironment.For(eventName, path));
        Assert.True(result.IsSuccess, result.Error);
        return result.Context!;
    }

    private string DerivedPullRequest(Action<JsonNode> change)
    {
        var payload = JsonNode.Parse(File.ReadAllText(EventEnvironment.Webhook("pull_request.opened.0.json")))!;
        change(payload["pull_request"]!);
        return temp.Write("event.json", payload.ToJsonString());
    }
}
