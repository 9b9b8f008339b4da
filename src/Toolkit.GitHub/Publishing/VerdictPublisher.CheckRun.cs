using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.GitHub.Checks;

namespace Toolkit.GitHub.Publishing;

/// <summary>The check run: started in progress, completed with annotations in batches of 50.</summary>
public sealed partial class VerdictPublisher
{
    private async Task<PublishResult> StartRunAsync(string gate, PublishRequest request, CancellationToken cancellationToken)
    {
        var repository = request.Repository;
        if (await FindInProgressAsync(gate, request, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            startedRuns[(repository.ToString(), request.HeadSha, gate)] = existing;
            return new PublishResult { CheckRunId = existing, CheckRun = PublishAction.Unchanged };
        }

        var run = await client.Checks.CreateAsync(repository, new NewCheckRun(gate, request.HeadSha)
        {
            Status = CheckRunStatus.InProgress,
            StartedAt = Time.GetUtcNow(),
            DetailsUrl = request.DetailsUrl,
        }, cancellationToken).ConfigureAwait(false);
        startedRuns[(repository.ToString(), request.HeadSha, gate)] = run.Id;
        return new PublishResult { CheckRunId = run.Id, CheckRun = PublishAction.Created };
    }

    private async Task<PublishResult> CompleteRunAsync(GateVerdict verdict, PublishRequest request, CancellationToken cancellationToken)
    {
        var repository = request.Repository;
        var (annotations, omitted) = VerdictMapping.Annotations(verdict, request.AnnotationCap);
        var title = TextLimits.Cut(string.IsNullOrWhiteSpace(verdict.Summary) ? $"{verdict.Gate}: {verdict.Verdict}" : verdict.Summary, 255);
        var summary = Summary(request.CheckSummary ?? verdict.Summary, omitted, request.AnnotationCap);
        var batches = annotations.Chunk(CheckRunOutput.MaxAnnotationsPerRequest).ToList();
        CheckRunOutput Output(int index) => new(title, summary) { Annotations = index < batches.Count ? batches[index] : null };

        var id = request.CheckRunId
                 ?? (startedRuns.TryGetValue((repository.ToString(), request.HeadSha, verdict.Gate), out var started) ? started : (long?)null)
                 ?? await FindInProgressAsync(verdict.Gate, request, cancellationToken).ConfigureAwait(false);
        var action = PublishAction.Updated;
        var next = 0;
        if (id is null)
        {
            // Nothing started: create it, completed at once when one request carries every annotation.
            var single = batches.Count <= 1;
            var created = await client.Checks.CreateAsync(repository, new NewCheckRun(verdict.Gate, request.HeadSha)
            {
                DetailsUrl = request.DetailsUrl,
                Status = single ? CheckRunStatus.Completed : CheckRunStatus.InProgress,
                StartedAt = Time.GetUtcNow(),
                Conclusion = single ? VerdictMapping.Conclusion(verdict) : null,
                CompletedAt = single ? Time.GetUtcNow() : null,
                Output = Output(0),
            }, cancellationToken).ConfigureAwait(false);
            id = created.Id;
            action = PublishAction.Created;
            next = 1;
            if (single)
            {
                return Done(id.Value, action, annotations.Count, omitted);
            }
        }

        // GitHub appends annotations across updates: every batch but the last goes alone, the last one completes the run.
        var last = Math.Max(batches.Count - 1, 0);
        for (var i = next; i < last; i++)
        {
            await client.Checks.UpdateAsync(repository, id.Value, new CheckRunUpdate { Output = Output(i) }, cancellationToken).ConfigureAwait(false);
        }

        await client.Checks.UpdateAsync(repository, id.Value, new CheckRunUpdate
        {
            DetailsUrl = request.DetailsUrl,
            Status = CheckRunStatus.Completed,
            Conclusion = VerdictMapping.Conclusion(verdict),
            CompletedAt = Time.GetUtcNow(),
            Output = Output(Math.Max(last, next)),
        }, cancellationToken).ConfigureAwait(false);
        startedRuns.TryRemove((repository.ToString(), request.HeadSha, verdict.Gate), out _);
        return Done(id.Value, action, annotations.Count, omitted);
    }

    private static PublishResult Done(long id, PublishAction action, int sent, int omitted) =>
        new() { CheckRunId = id, CheckRun = action, AnnotationsSent = sent, AnnotationsOmitted = omitted };

    /// <summary>The latest <c>in_progress</c> run with this name on the head commit: a re-run reuses it.</summary>
    private async Task<long?> FindInProgressAsync(string gate, PublishRequest request, CancellationToken cancellationToken)
    {
        var runs = await client.Checks.ListForRefAsync(request.Repository, request.HeadSha, gate, cancellationToken).ConfigureAwait(false);
        return runs.Where(r => r.Name == gate && r.HeadSha == request.HeadSha && r.Status == CheckRunStatus.InProgress)
            .OrderByDescending(r => r.Id)
            .Select(r => (long?)r.Id)
            .FirstOrDefault();
    }

    private static string Summary(string text, int omitted, int cap)
    {
        if (omitted <= 0)
        {
            return TextLimits.Truncate(text, CheckRunOutput.MaxSummaryLength);
        }

        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"\n\n{omitted} more located findings are not annotated here (annotation cap {cap}); they are in the SARIF file and the gate artifact.");
        return TextLimits.Truncate(text, CheckRunOutput.MaxSummaryLength - note.Length) + note;
    }
}
