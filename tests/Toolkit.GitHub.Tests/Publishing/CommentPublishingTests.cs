using Toolkit.GitHub.Issues;
using Toolkit.GitHub.Publishing;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Publishing;

public sealed class CommentPublishingTests : FakeGitHubTest
{
    private static readonly PublishRequest CommentOnly = SampleVerdicts.Request() with { Modes = PublishModes.Comment };

    [Fact]
    public async Task Creates_the_sticky_comment_once_and_leaves_an_identical_one_untouched()
    {
        var publisher = new VerdictPublisher(Client);

        var first = await publisher.PublishAsync(SampleVerdicts.Failing(), CommentOnly);
        Server.ClearRequests();
        var second = await publisher.PublishAsync(SampleVerdicts.Failing(), CommentOnly);

        Assert.Equal(PublishAction.Created, first.Comment);
        Assert.Equal(PublishAction.Unchanged, second.Comment);
        Assert.Equal(first.CommentId, second.CommentId);
        Assert.DoesNotContain(Server.Requests, r => r.IsMutating);
        Assert.Single(Server.State.CommentsOn(7));
    }

    [Fact]
    public async Task Updates_the_comment_in_place_when_the_body_changed()
    {
        var publisher = new VerdictPublisher(Client);
        var first = await publisher.PublishAsync(SampleVerdicts.Failing(), CommentOnly);

        var second = await publisher.PublishAsync(SampleVerdicts.Failing(), CommentOnly with { CommentBody = "## Supply chain\nall fixed" });

        Assert.Equal(PublishAction.Updated, second.Comment);
        Assert.Equal(first.CommentId, second.CommentId);
        var comment = Assert.Single(Server.State.CommentsOn(7));
        Assert.StartsWith(CommentMarker.For("supply-chain") + "\n## Supply chain\nall fixed", (string?)comment["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adds_the_hidden_marker_when_the_body_lacks_it()
    {
        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly with { CommentBody = "plain" });

        Assert.Equal("<!-- toolkit:gate=supply-chain -->\nplain", (string?)Server.State.CommentsOn(7)[0]["body"]);
    }

    [Fact]
    public async Task Ignores_a_marker_comment_written_by_someone_else()
    {
        Server.State.AddComment(7, "mallory", "copied " + CommentMarker.For("supply-chain"));

        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly);

        Assert.Equal(PublishAction.Created, result.Comment);
        Assert.Equal(2, Server.State.CommentsOn(7).Count);
    }

    [Fact]
    public async Task Keeps_the_oldest_of_several_leftover_comments_and_deletes_the_others()
    {
        var marker = CommentMarker.For("supply-chain");
        var oldest = Server.State.AddComment(7, "toolkit-bot", "old " + marker);
        Server.State.AddComment(7, "toolkit-bot", "other gate " + CommentMarker.For("policy-ci"));
        Server.State.AddComment(7, "toolkit-bot", "dup " + marker);
        Server.State.AddComment(7, "toolkit-bot", "dup " + marker);

        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly);

        Assert.Equal((oldest, PublishAction.Updated, 2), (result.CommentId!.Value, result.Comment, result.DuplicateCommentsDeleted));
        var left = Server.State.CommentsOn(7);
        Assert.Equal(2, left.Count);
        Assert.Contains(left, c => ((string?)c["body"])!.Contains("policy-ci", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_concurrent_publishers_of_one_gate_leave_exactly_one_comment()
    {
        using var otherClient = Server.CreateClient(new InstantTimeProvider());
        Server.State.HoldCommentListsUntil(2); // both list before either creates: the race a matrix retry can produce

        var results = await Task.WhenAll(
            new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly),
            new VerdictPublisher(otherClient).PublishAsync(SampleVerdicts.Failing(), CommentOnly));

        var comment = Assert.Single(Server.State.CommentsOn(7));
        Assert.All(results, r => Assert.Equal((long)comment["id"]!, r.CommentId));
        Assert.Equal(1, results.Sum(r => r.DuplicateCommentsDeleted));
        Assert.Equal(2, Server.Requests.Count(r => r.Method == "POST"));
        Assert.Single(Server.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Concurrent_publishers_of_different_gates_each_keep_their_own_comment()
    {
        using var otherClient = Server.CreateClient(new InstantTimeProvider());
        Server.State.HoldCommentListsUntil(2);

        await Task.WhenAll(
            new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly),
            new VerdictPublisher(otherClient).PublishAsync(SampleVerdicts.Failing("policy-ci"), SampleVerdicts.Request("policy-ci") with { Modes = PublishModes.Comment }));

        Assert.Equal(2, Server.State.CommentsOn(7).Count);
        Assert.DoesNotContain(Server.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Truncates_a_huge_body_to_the_comment_limit_and_keeps_the_marker()
    {
        var huge = new string('y', 80_000) + CommentMarker.For("supply-chain");

        await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly with { CommentBody = huge });

        var body = (string)Server.State.CommentsOn(7)[0]["body"]!;
        Assert.InRange(body.Length, 65_000, IssueCommentBody.MaxLength);
        Assert.StartsWith(CommentMarker.For("supply-chain"), body, StringComparison.Ordinal);
        Assert.Contains("truncated:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_its_comment_as_the_actions_bot_when_the_user_endpoint_is_forbidden()
    {
        Server.State.UserEndpointForbidden = true;
        Server.State.Login = "github-actions[bot]";
        var publisher = new VerdictPublisher(Client);

        await publisher.PublishAsync(SampleVerdicts.Failing(), CommentOnly);
        var again = await new VerdictPublisher(Server.CreateClient(new InstantTimeProvider())).PublishAsync(SampleVerdicts.Failing(), CommentOnly);

        Assert.Equal(PublishAction.Unchanged, again.Comment);
        Assert.Single(Server.State.CommentsOn(7));
    }

    [Fact]
    public async Task Skips_the_comment_without_a_pull_request()
    {
        var result = await new VerdictPublisher(Client).PublishAsync(SampleVerdicts.Failing(), CommentOnly with { PullNumber = null });

        Assert.Equal(PublishAction.None, result.Comment);
        Assert.Empty(Server.Requests);
    }
}
