using Toolkit.Core.Reporting;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub;
using Toolkit.Core.Events;
using Toolkit.GitHub.Publishing;

namespace Toolkit.Cli.Publishing;

/// <summary>
/// Posts verdicts to GitHub for the CLI: check runs started when the gates start and completed with annotations,
/// sticky comments, statuses. Publishing never changes a verdict: a GitHub failure is reported as a warning, and a
/// read-only token (fork, Dependabot) as instructions for the <c>workflow_run</c> follow-up.
/// </summary>
internal sealed class GitHubPublishing : IDisposable
{
    /// <summary>The login of the token Actions hands a job (GITHUB_TOKEN); it cannot call <c>GET /user</c>.</summary>
    private const string ActionsBotLogin = "github-actions[bot]";

    private readonly GitHubClient client;
    private readonly VerdictPublisher publisher;
    private readonly PublishModes modes;
    private readonly TextWriter log;
    private readonly Dictionary<string, long> checkRuns = new(StringComparer.Ordinal);

    private GitHubPublishing(GitHubClient client, PublishContext context, PublishModes modes, TextWriter log)
    {
        this.client = client;
        publisher = new VerdictPublisher(client);
        Context = context;
        this.modes = modes;
        this.log = log;
    }

    public PublishContext Context { get; }

    /// <summary>The client, for the checks a command makes before publishing.</summary>
    public GitHubClient Client => client;

    /// <summary>True once GitHub answered that the token cannot write.</summary>
    public bool ReadOnly { get; private set; }

    /// <summary>How many posts GitHub accepted.</summary>
    public int Posted { get; private set; }

    /// <summary>How many posts failed (GitHub unreachable, an error, an answer that is not the API's).</summary>
    public int Failures { get; private set; }

    /// <summary>
    /// Sets publishing up, or says why not. With <paramref name="requested"/> null (auto) it publishes only inside
    /// GitHub Actions with a token, quietly doing nothing elsewhere.
    /// </summary>
    public static (GitHubPublishing? Publishing, string? Note) Create(
        RunEnvironment host, PublishModes? requested, string? token, int? budgetSeconds, PublishContext? context, TextWriter log)
    {
        var modes = requested ?? (host.IsGitHubActions ? PublishModes.Default : PublishModes.None);
        if (modes == PublishModes.None)
        {
            return (null, null);
        }

        token ??= host["GITHUB_TOKEN"];
        if (token is null)
        {
            return (null, "Not publishing to GitHub: no token. Set GITHUB_TOKEN (env: GITHUB_TOKEN: ${{ github.token }}) with permissions checks: write and pull-requests: write, or pass --github-token.");
        }

        if (context is null)
        {
            var read = GitHubEventReader.Read(host);
            if (read.Context is not { Owner: { } owner, Repo: { } repo, HeadSha: { } sha } evt)
            {
                return (null, $"Not publishing to GitHub: {read.Error ?? "the event does not name a repository and commit"}.");
            }

            context = new PublishContext(owner, repo, sha) { PullNumber = evt.PullNumber, DetailsUrl = host.RunUrl };
        }

        var options = GitHubClientOptions.FromEnvironment(host, token) with
        {
            TotalRetryBudget = TimeSpan.FromSeconds(budgetSeconds ?? 300),
        };
        var client = new GitHubClient(options);
        if (host.IsGitHubActions && token.StartsWith("ghs_", StringComparison.Ordinal))
        {
            // An installation token (the job's GITHUB_TOKEN) cannot read GET /user, and its comments carry the
            // Actions app's login: knowing it saves a request per run. Personal tokens still ask /user.
            client.Users.UseKnownLogin(ActionsBotLogin);
        }

        return (new GitHubPublishing(client, context, modes, log), null);
    }

    /// <summary>Marks each gate's check run as in progress (when check runs are published).</summary>
    public async Task StartAsync(IEnumerable<string> gates, CancellationToken cancellationToken)
    {
        foreach (var gate in gates)
        {
            var result = await SafelyAsync($"start the {gate} check run", () => publisher.StartCheckRunAsync(gate, Request(), cancellationToken)).ConfigureAwait(false);
            if (result?.CheckRunId is { } id)
            {
                checkRuns[gate] = id;
            }

            if (ReadOnly)
            {
                return;
            }
        }
    }

    /// <summary>Publishes each verdict; returns one line per gate saying what was done.</summary>
    public async Task PublishAsync(IEnumerable<GateVerdict> verdicts, CancellationToken cancellationToken)
    {
        foreach (var verdict in verdicts)
        {
            if (ReadOnly)
            {
                return;
            }

            var markdown = MarkdownVerdictRenderer.Render(verdict, new MarkdownOptions
            {
                Marker = CommentMarker.For(verdict.Gate),
                FullReportHint = Context.DetailsUrl is { } url ? $"the gates artifact of {url}" : "the gates artifact of this run",
            });
            var request = Request() with
            {
                CommentBody = markdown,
                CheckSummary = markdown,
                CheckRunId = checkRuns.TryGetValue(verdict.Gate, out var id) ? id : null,
            };
            var result = await SafelyAsync($"publish {verdict.Gate}", () => publisher.PublishAsync(verdict, request, cancellationToken)).ConfigureAwait(false);
            if (result is { ReadOnly: false })
            {
                await log.WriteLineAsync($"{verdict.Gate}: published to GitHub ({Describe(result)}).").ConfigureAwait(false);
            }
        }
    }

    /// <summary>Posts or updates the combined go/no-go comment.</summary>
    public async Task PublishDecisionAsync(string markdown, CancellationToken cancellationToken)
    {
        if (!modes.HasFlag(PublishModes.Comment) || Context.PullNumber is null)
        {
            return;
        }

        var result = await SafelyAsync("publish the decision", () => publisher.PublishCommentAsync("decision", Request() with { CommentBody = markdown }, cancellationToken)).ConfigureAwait(false);
        if (result is { ReadOnly: false })
        {
            await log.WriteLineAsync($"decision: comment {result.Comment.ToString().ToLowerInvariant()}.").ConfigureAwait(false);
        }
    }

    public void Dispose() => client.Dispose();

    private PublishRequest Request() => new(Context.Owner, Context.Repo, Context.HeadSha)
    {
        PullNumber = Context.PullNumber,
        DetailsUrl = Context.DetailsUrl,
        Modes = modes,
    };

    private async Task<PublishResult?> SafelyAsync(string what, Func<Task<PublishResult>> action)
    {
        try
        {
            var result = await action().ConfigureAwait(false);
            if (result.ReadOnly && !ReadOnly)
            {
                ReadOnly = true;
                await log.WriteLineAsync(result.Instructions).ConfigureAwait(false);
            }

            if (!result.ReadOnly)
            {
                Posted++;
            }

            return result;
        }
        catch (GitHubApiException e)
        {
            Failures++;
            await log.WriteLineAsync($"warning: could not {what} on GitHub: {e.Message} The verdict stands; it is in the job summary and the artifact.").ConfigureAwait(false);
            return null;
        }
    }

    private static string Describe(PublishResult result)
    {
        var parts = new List<string>();
        if (result.CheckRunId is { } id)
        {
            parts.Add($"check run {id} {result.CheckRun.ToString().ToLowerInvariant()}, {result.AnnotationsSent} annotations");
        }

        if (result.CommentId is { } comment)
        {
            parts.Add($"comment {comment} {result.Comment.ToString().ToLowerInvariant()}");
        }

        if (result.StatusState is { } state)
        {
            parts.Add($"status {state}");
        }

        parts.Add($"{result.RequestsSent} requests");
        return string.Join(", ", parts);
    }
}
