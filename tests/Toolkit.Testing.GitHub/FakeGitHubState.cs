using System.Text.Json.Nodes;

namespace Toolkit.Testing.GitHub;

/// <summary>What the fake GitHub remembers, as GitHub's own JSON. Every access goes through <see cref="Sync"/>.</summary>
public sealed class FakeGitHubState
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private long nextId = 1000;
    private int mutationsInFlight;
    private int commentListsToHold;
    private TaskCompletionSource? commentListRelease;

    public Lock Sync { get; } = new();

    /// <summary>The login <c>GET /user</c> answers with.</summary>
    public string Login { get; set; } = "toolkit-bot";

    /// <summary>Answer <c>GET /user</c> with 403, as for a GitHub Actions installation token.</summary>
    public bool UserEndpointForbidden { get; set; }

    /// <summary>Answer every mutation with 403 <c>Resource not accessible by integration</c> (fork pull request, Dependabot).</summary>
    public bool ReadOnlyToken { get; set; }

    /// <summary>Answer protection and ruleset endpoints with 403 <c>Must have admin rights to Repository.</c>.</summary>
    public bool AdminDenied { get; set; }

    /// <summary>The largest page the fake serves, to force pagination with few items.</summary>
    public int MaxPerPage { get; set; } = 100;

    /// <summary>Time a mutation holds the server, to observe whether the client overlaps them.</summary>
    public TimeSpan MutationDelay { get; set; }

    public int MaxConcurrentMutations { get; private set; }

    public List<JsonObject> CheckRuns { get; } = [];

    public List<JsonObject> Comments { get; } = [];

    public List<JsonObject> Statuses { get; } = [];

    public List<JsonObject> Rulesets { get; } = [];

    public Dictionary<int, JsonObject> PullRequests { get; } = [];

    public Dictionary<int, List<JsonObject>> PullRequestFiles { get; } = [];

    /// <summary>Branch protection per branch, in the request shape of the PUT that set it.</summary>
    public Dictionary<string, JsonObject> Protection { get; } = new(StringComparer.Ordinal);

    /// <summary>Dependency graph diffs by <c>base...head</c>; a pair without one answers 404 (graph off).</summary>
    public Dictionary<string, JsonArray> DependencyDiffs { get; } = new(StringComparer.Ordinal);

    public long NextId() => Interlocked.Increment(ref nextId);

    /// <summary>A creation time that grows with every id, so "oldest" is well defined.</summary>
    public static string CreatedAt(long id) => Epoch.AddSeconds(id).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    public long AddComment(int issue, string login, string body)
    {
        long id;
        lock (Sync)
        {
            // Id and insertion together: a comment is visible in the order its id says, as the race test relies on.
            id = NextId();
            Comments.Add(new JsonObject
            {
                ["id"] = id,
                ["issue"] = issue,
                ["body"] = body,
                ["user"] = new JsonObject { ["login"] = login, ["id"] = 1, ["type"] = login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User" },
                ["created_at"] = CreatedAt(id),
                ["updated_at"] = CreatedAt(id),
            });
        }

        return id;
    }

    /// <summary>Copies of the comments on an issue, oldest first.</summary>
    public List<JsonObject> CommentsOn(int issue)
    {
        lock (Sync)
        {
            return [.. Comments.Where(c => (int)c["issue"]! == issue).Select(c => c.DeepClone().AsObject())];
        }
    }

    public List<JsonObject> CheckRunsNamed(string name)
    {
        lock (Sync)
        {
            return [.. CheckRuns.Where(c => (string?)c["name"] == name).Select(c => c.DeepClone().AsObject())];
        }
    }

    /// <summary>Makes the first <paramref name="parties"/> comment listings wait for each other, to stage a race.</summary>
    public void HoldCommentListsUntil(int parties)
    {
        commentListsToHold = parties;
        commentListRelease = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal Task CommentListArrivedAsync()
    {
        if (commentListRelease is not { } release)
        {
            return Task.CompletedTask;
        }

        if (Interlocked.Decrement(ref commentListsToHold) <= 0)
        {
            release.TrySetResult();
        }

        // Bounded so a broken test fails instead of hanging.
        return release.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    internal async Task<IDisposable> EnterMutationAsync()
    {
        var now = Interlocked.Increment(ref mutationsInFlight);
        lock (Sync)
        {
            MaxConcurrentMutations = Math.Max(MaxConcurrentMutations, now);
        }

        if (MutationDelay > TimeSpan.Zero)
        {
            await Task.Delay(MutationDelay).ConfigureAwait(false);
        }

        return new Leave(this);
    }

    private sealed class Leave(FakeGitHubState state) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref state.mutationsInFlight);
    }
}
