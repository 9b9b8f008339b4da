using Toolkit.Core.Gates;
using Toolkit.Core.Prometheus;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Dr.Checks;
using Toolkit.Gates.Dr.Drills;
using Toolkit.Gates.Dr.Reporting;
using Toolkit.Gates.Dr.Rules;

namespace Toolkit.Gates.Dr;

/// <summary>
/// dr-freshness: for each system in gates.yml, the last successful backup (a PromQL timestamp) must be within its RPO,
/// and a passing restore drill (from the drill records, <c>dr/*.json</c>) must be within <c>max_drill_age</c> and
/// have restored within its RTO. A system without backup data is <c>error</c>: the gate never passes what it could
/// not check. <c>gate decide</c> records the verdict as <c>dr</c> and its <c>drill_recent</c> metric.
/// </summary>
/// <param name="overrides">Values that win over the <c>dr-freshness</c> section of gates.yml; null for none.</param>
/// <param name="http">The client for Prometheus (not disposed); null for one owned by each run.</param>
public sealed class DrGate(DrOverrides? overrides = null, HttpClient? http = null) : IGate
{
    /// <inheritdoc/>
    public string Name => GateIds.Dr;

    /// <inheritdoc/>
    public string Description => "DR freshness: last backups within each system's RPO, recent passing restore drills within its RTO.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, problems) = DrOptionsBinder.Bind(context.Section, overrides);
        if (problems.Count > 0)
        {
            var first = problems[0];
            return GateOutcome.CouldNotEvaluate($"dr-freshness configuration is invalid: {string.Join(Environment.NewLine, problems)}", new SourceLocation(first.File, first.Line, first.Column));
        }

        var drillsFolder = Path.GetFullPath(options.Drills, context.RepositoryRoot);
        var (records, drillProblems) = DrillReader.Read(drillsFolder, options.Drills.Replace('\\', '/'));
        if (drillProblems.Count > 0)
        {
            return new GateOutcome($"{drillProblems.Count} drill record(s) cannot be read; fix them so every drill counts")
            {
                IsError = true,
                Findings = [.. drillProblems.Select(p => DrRules.DrillInvalid.Find(Severity.Error, p.ToString(), new SourceLocation(p.File, p.Line)))],
            };
        }

        var at = options.At ?? context.Clock.GetUtcNow();
        await context.Log.WriteLineAsync($"dr-freshness: {options.Systems.Count} system(s), {records.Count} drill record(s) from {options.Drills}, at {at:O}").ConfigureAwait(false);
        var owned = http is null ? new HttpClient { Timeout = Timeout.InfiniteTimeSpan } : null;
        try
        {
            var token = options.BearerTokenEnv is { } name ? Environment.GetEnvironmentVariable(name) : null;
            using var client = new PrometheusClient(new PrometheusOptions(options.PrometheusUrl!) { BearerToken = token, Timeout = options.QueryTimeout, MaxConcurrency = 1 }, http ?? owned!);
            var backups = await BackupFreshnessCheck.RunAsync(client, options.Systems, at, cancellationToken).ConfigureAwait(false);
            var drills = DrillCheck.Run(options.Systems, records, at);
            var (findings, metrics, thresholds, couldNotEvaluate) = DrJudgement.Judge(backups, drills, records, options.MaxDrillAge, at);
            var files = Directory.Exists(drillsFolder) ? Directory.GetFiles(drillsFolder, "*.json") : [];
            var evidence = await FreshnessReport.WriteAsync(context.EvidenceDirectory, backups, drills, files, options, at, cancellationToken).ConfigureAwait(false);
            return new GateOutcome(Summary(options, findings, metrics, couldNotEvaluate))
            {
                IsError = couldNotEvaluate,
                Findings = findings,
                Metrics = metrics,
                Thresholds = thresholds,
                Evidence = evidence,
            };
        }
        finally
        {
            owned?.Dispose();
        }
    }

    private static string Summary(DrOptions options, List<Finding> findings, Dictionary<string, double> metrics, bool couldNotEvaluate)
    {
        var systems = options.Systems.Count;
        if (couldNotEvaluate)
        {
            var missing = findings.Count(f => f.RuleId == DrRules.NoBackupData.Id);
            return $"{missing} of {systems} system(s) have no backup data; DR freshness could not be checked";
        }

        if (findings.Count == 0)
        {
            return $"{systems} system(s): backups within RPO, passing drills within {ConfigText(options.MaxDrillAge)} and RTO";
        }

        var failing = findings.Select(f => f.Message.Split(':')[0]).Distinct(StringComparer.Ordinal).Count();
        return $"{failing} of {systems} system(s) fail DR freshness ({findings.Count} finding(s)); drill_recent={(metrics[DrJudgement.DrillRecentMetric] > 0 ? "true" : "false")}";
    }

    private static string ConfigText(TimeSpan value) => AgeText.Format(value);
}
