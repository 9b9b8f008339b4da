using Toolkit.GitHub.Statuses;
using Toolkit.Testing.GitHub;

namespace Toolkit.GitHub.Tests.Client;

/// <summary>A 200 whose body is not the API's (a proxy's HTML page, JSON of another shape) is an API error, never a crash.</summary>
public sealed class WrongAnswerTests : FakeGitHubTest
{
    [Theory]
    [InlineData("<html><body>Please sign in</body></html>")]
    [InlineData("{\"unexpected\": true}")]
    [InlineData("null")]
    public async Task A_200_that_is_not_the_expected_json_is_a_github_api_exception_naming_the_request(string body)
    {
        Server.Inject(new Fault("wrong answer") { Status = 200, Body = body });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() =>
            Client.Statuses.CreateAsync(Repo, "abc123", new NewCommitStatus(CommitState.Success) { Context = "supply-chain" }));

        Assert.Contains("answered 200 to POST /repos/", error.Message, StringComparison.Ordinal);
        Assert.Contains("not the expected JSON", error.Message, StringComparison.Ordinal);
    }
}
