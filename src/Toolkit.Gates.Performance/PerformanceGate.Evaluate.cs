using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance;

/// <summary>Thresholds, comparison with the base, and headroom: the evaluation proper.</summary>
public sealed partial class PerformanceGate
{
    private static async Task<(PerformanceEvaluation? Evaluation, GateOutcome? Failure)> EvaluateAsync(
        GateContext context, PerformanceOptions options, ResultSet head, List<Finding> pending, CancellationToken cancellationToken)
    {
        var thresholds = new List<ThresholdResult>();
        EvaluateThresholds(options, head, thresholds, pending);

        var resolution = ResolveBase(context, options, cancellationToken);
        if (resolution.Failure is not null)
        {
            return (null, resolution.Failure);
        }

        if (resolution.Note is not null)
        {
            pending.Add(new Finding(BaselineRule, resolution.Warn || resolution.Base is not null ? Severity.Warning : Severity.Note, resolution.Note) { Title = "Baseline" });
        }

        var headBenchmarks = Comparable(head, options).ToList();
        var comparisons = Compare(resolution.Base, headBenchmarks, options);
        pending.AddRange(Coverage.Findings(resolution.Base, head, headBenchmarks));
        if (EnvironmentDrift.Describe(resolution.Base?.Environment, head.Environment) is { } drift)
        {
            pending.Add(new Finding(BaselineRule, Severity.Warning, drift, new SourceLocation(head.Sources.FirstOrDefault() ?? string.Empty)) { Title = "Environment changed" });
        }
        foreach (var row in comparisons.Where(r => r.Regressed))
        {
            pending.Add(new Finding(RegressionRule, Severity.Error, $"{row.Key} regressed: {Reporting.PerformanceComment.Describe(row)}", row.Location)
            {
                Title = "Performance regression",
            });
        }

        var headroom = new List<HeadroomResult>();
        foreach (var rule in options.Headroom)
        {
            var read = await Task.Run(
                () => ResultReader.Read(Full(context, rule.Results), Display(context, rule.Results), ResultFormat.K6Ndjson, new K6StreamOptions { GroupByLoad = true }, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            if (!read.Succeeded)
            {
                return (null, GateOutcome.CouldNotEvaluate(read.Error!, read.Location ?? rule.Location));
            }

            if (read.Results!.LoadSteps.Count == 0)
            {
                return (null, GateOutcome.CouldNotEvaluate(
                    $"{Display(context, rule.Results)}: no load levels found (no 'vus' points before the requests); headroom needs the raw k6 --out json stream of a stepped or ramping run.",
                    new SourceLocation(Display(context, rule.Results))));
            }

            headroom.Add(HeadroomCalculator.Compute(rule, read.Results.LoadSteps));
        }

        var compared = comparisons.Count(c => c.Method != ComparisonMethod.New);
        if (compared + thresholds.Count + headroom.Count == 0 && !options.Record)
        {
            return (null, GateOutcome.CouldNotEvaluate(
                $"nothing was checked: {Coverage.WhyNothingCompared(resolution.Base, resolution.Note, headBenchmarks)}, and no thresholds or headroom are configured. A gate that checks nothing would pass anything: add thresholds to the performance-gate section of gates.yml, or a baseline (--baseline) holding the same benchmarks.",
                context.Section?.Location ?? options.Results[0].Location ?? new SourceLocation(Display(context, options.Results[0].Path))));
        }

        var commit = options.Commit ?? Git.Head(context.RepositoryRoot) ?? "head";
        var headEntry = new HistoryEntry(commit, context.Clock.GetUtcNow(), HistoryConversion.ToValues(headBenchmarks), head.Environment.Count == 0 ? null : head.Environment);
        return (new PerformanceEvaluation
        {
            Comparisons = comparisons,
            Thresholds = thresholds,
            Headroom = headroom,
            Base = resolution.Base,
            Head = headEntry,
            History = resolution.History,
            BaseNote = resolution.Note,
        }, null);
    }

    private static List<BenchmarkComparison> Compare(HistoryEntry? baseEntry, List<BenchmarkResult> head, PerformanceOptions options)
    {
        if (baseEntry is null)
        {
            return [];
        }

        var baseline = HistoryConversion.ToBenchmarks(baseEntry, "baseline").ToDictionary(b => b.Key, StringComparer.Ordinal);
        return head
            .Select(h => BenchmarkComparer.Compare(baseline.GetValueOrDefault(h.Key), h, options.RuleFor(h.Key)))
            .OrderByDescending(r => r.Regressed)
            .ThenByDescending(r => r.Worsening)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }
}
