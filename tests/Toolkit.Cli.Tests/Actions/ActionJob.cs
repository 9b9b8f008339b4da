using Toolkit.GitHub;
using Toolkit.Testing.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>
/// A pull_request job against a fake GitHub (every request checked against GitHub's OpenAPI description at the end),
/// for the action tests: <c>octo/app</c>, pull request #7, a real <c>pull_request.opened</c> payload.
/// </summary>
public abstract class ActionJob : IAsyncLifetime
{
    protected const int Pull = 7;

    protected static readonly GitHubRepository Repo = new("octo", "app");

    /// <summary>A token only these tests use, so finding it anywhere is a leak.</summary>
    protected const string JobToken = "ghs_ACTIONS0test1TOKEN2never3SHOWN4xyz";

    protected FakeGitHubServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Server.State.Login = "github-actions[bot]";
    }

    public async Task DisposeAsync()
    {
        ContractAssert.ServerRequestsMatch(Server);
        await Server.DisposeAsync();
    }

    protected ActionsEnvironment PullRequestJob() => ActionsEnvironment.PullRequest(Server, Repo, Pull, token: JobToken);
}
