using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Statuses;

namespace Toolkit.GitHub.Publishing;

/// <summary>The commit status: context = gate name, description cut to 140 characters.</summary>
public sealed partial class VerdictPublisher
{
    private async Task<string> StatusAsync(GateVerdict verdict, PublishRequest request, CancellationToken cancellationToken)
    {
        var state = VerdictMapping.State(verdict);
        await client.Statuses.CreateAsync(request.Repository, request.HeadSha, new NewCommitStatus(state)
        {
            Context = verdict.Gate,
            Description = TextLimits.Cut(verdict.Summary, NewCommitStatus.MaxDescriptionLength),
            TargetUrl = request.DetailsUrl,
        }, cancellationToken).ConfigureAwait(false);
        return state;
    }

    private async Task<string> PendingStatusAsync(string gate, PublishRequest request, CancellationToken cancellationToken)
    {
        await client.Statuses.CreateAsync(request.Repository, request.HeadSha, new NewCommitStatus(CommitState.Pending)
        {
            Context = gate,
            Description = "Running…",
            TargetUrl = request.DetailsUrl,
        }, cancellationToken).ConfigureAwait(false);
        return CommitState.Pending;
    }
}
