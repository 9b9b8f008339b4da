using System.Collections.Concurrent;
using Toolkit.Core.Verdicts;

namespace Toolkit.GitHub.Publishing;

/// <summary>
/// Publishes a gate verdict to GitHub: a check run named after the gate (with annotations), one sticky pull-request
/// comment per gate, and optionally a commit status. A read-only token is reported, not thrown.
/// </summary>
public sealed partial class VerdictPublisher
{
    private readonly GitHubClient client;
    private readonly ConcurrentDictionary<(string Repository, string Sha, string Gate), long> startedRuns = new();

    public VerdictPublisher(GitHubClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
    }

    private TimeProvider Time => client.Options.TimeProvider;

    /// <summary>
    /// Marks the gate as running: reuses the latest <c>in_progress</c> check run with the gate's name on the head
    /// commit (a re-run), else creates one; posts a <c>pending</c> status when statuses are published.
    /// </summary>
    public Task<PublishResult> StartCheckRunAsync(string gate, PublishRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gate);
        ArgumentNullException.ThrowIfNull(request);
        return MeasuredAsync(async result =>
        {
            if (request.Modes.HasFlag(PublishModes.CheckRun))
            {
                result = await StartRunAsync(gate, request, cancellationToken).ConfigureAwait(false);
            }

            if (request.Modes.HasFlag(PublishModes.Status))
            {
                result = result with { StatusState = await PendingStatusAsync(gate, request, cancellationToken).ConfigureAwait(false) };
            }

            return result;
        });
    }

    /// <summary>Publishes the verdict in every requested mode; stops quietly at the first read-only answer.</summary>
    public Task<PublishResult> PublishAsync(GateVerdict verdict, PublishRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(request);
        return MeasuredAsync(async result =>
        {
            if (request.Modes.HasFlag(PublishModes.CheckRun))
            {
                result = await CompleteRunAsync(verdict, request, cancellationToken).ConfigureAwait(false);
            }

            if (request.Modes.HasFlag(PublishModes.Comment) && request.PullNumber is { } pull && request.CommentBody is { } body)
            {
                result = await UpsertCommentAsync(verdict.Gate, request, pull, body, result, cancellationToken).ConfigureAwait(false);
            }

            if (request.Modes.HasFlag(PublishModes.Status))
            {
                result = result with { StatusState = await StatusAsync(verdict, request, cancellationToken).ConfigureAwait(false) };
            }

            return result;
        });
    }

    /// <summary>
    /// Posts or updates one sticky pull-request comment identified by <paramref name="key"/> (its hidden marker is
    /// <c>&lt;!-- toolkit:gate=key --&gt;</c>): the combined go/no-go of <c>gate decide</c> uses the key <c>decision</c>.
    /// </summary>
    public Task<PublishResult> PublishCommentAsync(string key, PublishRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(request);
        return MeasuredAsync(result => request.PullNumber is { } pull && request.CommentBody is { } body
            ? UpsertCommentAsync(key, request, pull, body, result, cancellationToken)
            : Task.FromResult(result));
    }

    /// <summary>Runs a publishing step, counting its requests and turning a read-only token into data.</summary>
    private async Task<PublishResult> MeasuredAsync(Func<PublishResult, Task<PublishResult>> step)
    {
        var before = client.Connection.RequestsSent;
        PublishResult result;
        try
        {
            result = await step(new PublishResult()).ConfigureAwait(false);
        }
        catch (GitHubApiException e) when (e.IsIntegrationForbidden)
        {
            result = new PublishResult { ReadOnly = true, Instructions = PublishResult.ReadOnlyInstructions };
        }

        return result with { RequestsSent = client.Connection.RequestsSent - before };
    }
}
