using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Checks;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Reporting;

namespace Toolkit.Gates.Performance;

/// <summary>
/// performance-gate: head results against k6-style thresholds, against the PR base (noise-aware: Mann-Whitney U plus
/// Hodges-Lehmann shift on raw samples, percentages on summaries) and against a capacity headroom target.
/// </summary>
/// <param name="overrides">Command-line values that replace gates.yml values; none when null.</param>
public sealed class PerformanceGate(PerformanceOverrides? overrides = null) : IGate
{
    /// <inheritdoc/>
    public string Name => GateIds.Performance;

    /// <inheritdoc/>
    public string Description => "Load-test and benchmark results against thresholds, the PR base and capacity headroom.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, diagnostics) = PerformanceOptionsBinder.Bind(context.Section, overrides);
        if (diagnostics.Count > 0)
        {
            return GateOutcome.InvalidConfiguration(GateIds.Performance, diagnostics);
        }

        var files = new RepositoryRelative(context.RepositoryRoot);
        var sectionLocation = context.Section?.Location;
        var read = HeadResultsCheck.Run(files, options, sectionLocation, context.Log, cancellationToken);
        if (read.Results is not { } head)
        {
            return CouldNotEvaluate(read.Failure!);
        }

        var thresholds = ThresholdCheck.Run(options.Thresholds, options.K6Thresholds, head);
        var baseline = BaselineCheck.Run(files, options, context.BaseRef, sectionLocation, cancellationToken);
        if (baseline.Failure is { } noBaseline)
        {
            return CouldNotEvaluate(noBaseline);
        }

        var headBenchmarks = K6Tracking.Comparable(head, options.K6Track).ToList();
        var comparison = ComparisonCheck.Run(baseline.Base, head, headBenchmarks, options);
        var headroom = await HeadroomCheck.RunAsync(options.Headroom, files, cancellationToken).ConfigureAwait(false);
        if ((headroom.Failure ?? NothingCheckedGuard.Check(thresholds, baseline, comparison, headroom, headBenchmarks, options, files, sectionLocation)) is { } nothingChecked)
        {
            return CouldNotEvaluate(nothingChecked);
        }

        var commit = options.Commit ?? Git.Head(context.RepositoryRoot) ?? "head";
        var headEntry = HistoryConversion.ToEntry(commit, context.Clock.GetUtcNow(), headBenchmarks, head.Environment);
        var report = new PerformanceReport(baseline, thresholds, comparison, headroom, headEntry);
        var comment = PerformanceComment.Render(report, options);
        var evidence = await PerformanceEvidence.WriteAsync(context.EvidenceDirectory, report, comment, cancellationToken).ConfigureAwait(false);
        if (options.Record && HeadRecorder.Record(files, options, headEntry, context.Log) is { } notRecorded)
        {
            return GateOutcome.CouldNotEvaluate(notRecorded, sectionLocation);
        }

        return PerformanceOutcome.Build(report, evidence, comment);
    }

    private static GateOutcome CouldNotEvaluate(Unevaluable failure) => GateOutcome.CouldNotEvaluate(failure.Message, failure.Location);
}
