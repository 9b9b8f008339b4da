using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo;

public sealed partial class SloGate
{
    private const string Help = "https://sre.google/workbook/alerting-on-slos/";

    private async Task<GateOutcome> JudgeAsync(GateContext context, GoldenPathSet set, SloOptions options, SloMeasurement measured, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var thresholds = new List<ThresholdResult>();
        var failing = Failing(options);
        var noDataError = false;
        foreach (var evaluation in measured.Paths)
        {
            noDataError |= JudgeSlis(evaluation, options, findings);
            JudgeThresholds(evaluation, failing, findings, thresholds);
            JudgeProbe(evaluation, findings);
            findings.Add(Summary(evaluation));
        }

        var metrics = Metrics(measured.Paths, failing);
        if (measured.Canary is { } canary)
        {
            metrics["canary_score"] = canary.Score;
            JudgeCanary(canary, set, findings);
            noDataError |= canary.Verdict == "error";
        }

        var evidence = await SloEvidence.WriteAsync(context.EvidenceDirectory, measured, at, cancellationToken).ConfigureAwait(false);
        var pages = measured.Paths.Count(p => p.Slis.Any(s => s.Level == BurnLevel.Page));
        var tickets = measured.Paths.Count(p => p.Slis.Any(s => s.Level == BurnLevel.Ticket));
        var summary = $"{measured.Paths.Count} golden path(s): {pages} page-level burn, {tickets} ticket-level burn, {thresholds.Count(t => !t.Passed)} threshold(s) failed";
        if (noDataError)
        {
            summary = $"could not evaluate every SLI (no data); {summary}";
        }

        return new GateOutcome(summary)
        {
            IsError = noDataError,
            Findings = findings,
            Thresholds = thresholds,
            Metrics = metrics,
            Evidence = evidence,
        };
    }

    /// <summary>Returns true when an SLI without data must fail closed.</summary>
    private static bool JudgeSlis(PathEvaluation evaluation, SloOptions options, List<Finding> findings)
    {
        var error = false;
        foreach (var result in evaluation.Slis)
        {
            var name = $"{evaluation.Path.Name}/{result.Sli.Name}";
            if (result.NoData is { } why)
            {
                var severity = result.Sli.OnNoData switch { NoDataPolicy.Warn => Severity.Warning, NoDataPolicy.Pass => Severity.Note, _ => Severity.Error };
                error |= severity == Severity.Error;
                findings.Add(new Finding("slo/no-data", severity, $"SLI {name} has no data: {why}. Fix the query or the scrape, or set on_no_data: warn|pass on the SLI.", result.Sli.Location, Help) { Title = "SLI without data" });
                continue;
            }

            if (result.Level == BurnLevel.None)
            {
                continue;
            }

            var fired = result.Pairs.Where(p => p.Fires).OrderByDescending(p => p.Pair.Level).First();
            var page = result.Level == BurnLevel.Page;
            var severityOf = page || options.TicketFails ? Severity.Error : Severity.Warning;
            var rule = page ? "slo/burn-rate-page" : "slo/burn-rate-ticket";
            var budget = result.BudgetRemaining!.Value.ToString("P1", CultureInfo.InvariantCulture);
            var message = $"SLI {name} burns its error budget {Format(fired.LongBurn)}x over {Durations.Format(fired.Pair.Long)} and {Format(fired.ShortBurn)}x over {Durations.Format(fired.Pair.Short)} (both above {Format(fired.Pair.Factor)}): {(page ? "page" : "ticket")}-level burn against a {Format(result.Sli.Objective)}% objective; {budget} of the {Durations.Format(result.Sli.Window)} budget left.";
            findings.Add(new Finding(rule, severityOf, message, result.Sli.Location, Help) { Title = page ? "Fast error-budget burn" : "Slow error-budget burn" });
        }

        return error;
    }

    private static void JudgeThresholds(PathEvaluation evaluation, BurnLevel failing, List<Finding> findings, List<ThresholdResult> thresholds)
    {
        var hasMissingData = evaluation.Slis.Any(s => s.NoData is not null);
        foreach (var threshold in evaluation.Path.Thresholds)
        {
            var values = evaluation.Values(threshold.Metric, failing);
            if (values.Count == 0)
            {
                if (!hasMissingData)
                {
                    thresholds.Add(new ThresholdResult($"{evaluation.Path.Name}.{threshold.Metric}", threshold.Expression, null, false));
                    findings.Add(new Finding("slo/unmeasured-threshold", Severity.Error, $"golden path '{evaluation.Path.Name}' has threshold {threshold.Expression} but nothing measures {threshold.Metric}; add an SLI or a probe that does, or remove the threshold.", threshold.Location) { Title = "Threshold without a measurement" });
                }

                continue;
            }

            foreach (var (source, value) in values)
            {
                var name = $"{evaluation.Path.Name}.{threshold.Metric}" + (source == "probe" ? " (probe)" : string.Empty);
                var passed = threshold.Holds(value);
                thresholds.Add(new ThresholdResult(name, threshold.Expression, value, passed));
                if (!passed)
                {
                    findings.Add(new Finding("slo/threshold", Severity.Error, $"golden path '{evaluation.Path.Name}': {threshold.Metric} is {Format(value)} from {source}, which breaks {threshold.Expression}.", threshold.Location) { Title = "SLO threshold broken" });
                }
            }
        }
    }

    private static void JudgeProbe(PathEvaluation evaluation, List<Finding> findings)
    {
        if (evaluation.Probe is { Truncated: true } probe)
        {
            findings.Add(new Finding("slo/probe-truncated", Severity.Warning, $"probe of '{evaluation.Path.Name}' sent {probe.Requests} request(s) before its time budget ran out; raise probe_budget or lower the count.", evaluation.Path.Probe!.Location));
        }

        if (evaluation.Probe is { Failures: > 0 } failed)
        {
            findings.Add(new Finding("slo/probe-failures", Severity.Note, $"probe of '{evaluation.Path.Name}': {failed.Failures} of {failed.Requests} request(s) to {failed.Url} failed; first: {failed.FirstFailure}.", evaluation.Path.Probe!.Location));
        }
    }

    private static void JudgeCanary(Canary.CanaryResult canary, GoldenPathSet set, List<Finding> findings)
    {
        var location = new SourceLocation(set.File, set.Canary?.Objectives.FirstOrDefault()?.Location.Line ?? 0);
        var failedOnes = string.Join(", ", canary.Outcomes.Where(o => o.Result != "pass").Select(o => $"{o.Path} {o.Metric} canary {Format(o.Canary)} vs baseline {Format(o.Baseline)} ({o.Result})"));
        var (severity, text) = canary.Verdict switch
        {
            "pass" => (Severity.Note, "passes"),
            "warn" => (Severity.Warning, "warns"),
            "fail" => (Severity.Error, "fails"),
            _ => (Severity.Error, "could not be evaluated: no SLI query has a {{selector}} placeholder for the canary and baseline label matchers"),
        };
        findings.Add(new Finding("slo/canary", severity, $"canary comparison {text} with score {Format(canary.Score)}{(failedOnes.Length > 0 ? ": " + failedOnes : string.Empty)}.", location) { Title = "Canary vs baseline" });
    }

    /// <summary>The release contract's metrics: the worst value across golden paths and sources.</summary>
    private static SortedDictionary<string, double> Metrics(IReadOnlyList<PathEvaluation> paths, BurnLevel failing)
    {
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var metric in Threshold.Metrics)
        {
            var values = paths.SelectMany(p => p.Values(metric, failing)).Select(v => v.Value).Where(double.IsFinite).ToList();
            if (values.Count > 0)
            {
                metrics[metric] = Math.Round(metric == "budget_remaining" ? values.Min() : values.Max(), 6);
            }
        }

        return metrics;
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
