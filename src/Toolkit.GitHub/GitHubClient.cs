using Toolkit.GitHub.Branches;
using Toolkit.GitHub.Checks;
using Toolkit.GitHub.DependencyGraph;
using Toolkit.GitHub.Http;
using Toolkit.GitHub.Issues;
using Toolkit.GitHub.Pulls;
using Toolkit.GitHub.Rulesets;
using Toolkit.GitHub.Statuses;
using Toolkit.GitHub.Users;

namespace Toolkit.GitHub;

/// <summary>
/// A small typed GitHub REST client: one client per API area over one <see cref="GitHubConnection"/> (auth, headers,
/// retries within a total budget, pagination, typed errors).
/// </summary>
public sealed class GitHubClient : IDisposable
{
    /// <summary>Creates a client; <paramref name="handler"/> replaces the network (tests, replays) and is not disposed.</summary>
    public GitHubClient(GitHubClientOptions options, HttpMessageHandler? handler = null)
    {
        Connection = new GitHubConnection(options, handler);
        Checks = new ChecksClient(Connection);
        Statuses = new StatusesClient(Connection);
        IssueComments = new IssueCommentsClient(Connection);
        Pulls = new PullsClient(Connection);
        BranchProtection = new BranchProtectionClient(Connection);
        Rulesets = new RulesetsClient(Connection);
        Users = new UsersClient(Connection);
        DependencyGraph = new DependencyGraphClient(Connection);
    }

    public GitHubConnection Connection { get; }

    public ChecksClient Checks { get; }

    public StatusesClient Statuses { get; }

    public IssueCommentsClient IssueComments { get; }

    public PullsClient Pulls { get; }

    public BranchProtectionClient BranchProtection { get; }

    public RulesetsClient Rulesets { get; }

    public UsersClient Users { get; }

    public DependencyGraphClient DependencyGraph { get; }

    public GitHubClientOptions Options => Connection.Options;

    public void Dispose() => Connection.Dispose();

    public override string ToString() => $"GitHubClient {{ {Options} }}";
}
