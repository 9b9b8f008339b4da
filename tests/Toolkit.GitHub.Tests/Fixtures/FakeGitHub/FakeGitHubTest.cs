namespace Toolkit.GitHub.Tests.Fixtures.FakeGitHub;

/// <summary>A test class with its own fake GitHub and a client whose waits take no real time.</summary>
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
    }
}
