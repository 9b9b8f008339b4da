using Toolkit.GitHub;
using Toolkit.Testing.GitHub.Contract;

namespace Toolkit.Testing.GitHub;

/// <summary>
/// A test class with its own fake GitHub and a client whose waits take no real time. When each test ends, every
/// request the fake received must match GitHub's published REST description (api.github.com and GHES 3.17).
/// </summary>
public abstract class FakeGitHubTest : IAsyncLifetime
{
    protected static readonly GitHubRepository Repo = new("octo", "app");

    protected FakeGitHubServer Server { get; } = new();

    protected InstantTimeProvider Time { get; } = new();

    protected GitHubClient Client { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Client = Server.CreateClient(Time);
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        ContractAssert.ServerRequestsMatch(Server, IsDeliberatelyInvalid);
    }

    /// <summary>Requests a test sends off-contract on purpose, left out of the contract check; none by default.</summary>
    protected virtual bool IsDeliberatelyInvalid(RecordedRequest request) => false;
}
