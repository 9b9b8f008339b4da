using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Protection;
using Toolkit.GitHub.Publishing;
using Toolkit.GitHub.Statuses;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Client;

public sealed class TokenRedactionTests : FakeGitHubTest
{
    [Fact]
    public async Task The_token_never_appears_in_messages_strings_or_logs()
    {
        var texts = new List<string> { Client.Options.ToString(), Client.ToString() };
        using var tinyBudget = Server.CreateClient(Time, o => o with { TotalRetryBudget = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromMilliseconds(300) });
        Server.Inject(
            Fault.PrimaryRateLimitExhausted(Time.GetUtcNow().AddHours(1)),
            Fault.IntegrationForbidden(),
            Fault.DroppedConnection(), Fault.DroppedConnection(), Fault.DroppedConnection(), Fault.DroppedConnection());
        foreach (var attempt in new Func<Task>[]
        {
            () => tinyBudget.Statuses.CreateAsync(Repo, "abc", new NewCommitStatus(CommitState.Success)),
            () => tinyBudget.Statuses.CreateAsync(Repo, "abc", new NewCommitStatus(CommitState.Success)),
            () => tinyBudget.Statuses.CreateAsync(Repo, "abc", new NewCommitStatus(CommitState.Success)),
            () => tinyBudget.IssueComments.GetAsync(Repo, 12345),
        })
        {
            var error = await Assert.ThrowsAsync<GitHubApiException>(attempt);
            texts.Add(error.ToString());
        }

        Server.State.ReadOnlyToken = true;
        var verdict = new GateVerdict("supply-chain", VerdictStatus.Fail, "1 critical");
        texts.Add((await new VerdictPublisher(Client).PublishAsync(verdict, new PublishRequest("octo", "app", "abc") { PullNumber = 1, CommentBody = "x" })).ToString());
        Server.State.AdminDenied = true;
        texts.Add((await new BranchProtectionSync(Client).SyncAsync(new ProtectionSyncRequest("octo", "app", "main", ["supply-chain"]))).ToString());
        texts.AddRange(Server.Logs.Lines);

        Assert.All(texts, text => Assert.DoesNotContain(FakeGitHubServer.Token, text, StringComparison.Ordinal));
        Assert.Contains("Token = ***", texts[0], StringComparison.Ordinal);
    }
}
