using Toolkit.Core.Gates;
using Toolkit.Core.Prometheus;
using Toolkit.Gates.Dr.Checks;
using Toolkit.Gates.Dr.Drills;
using Toolkit.Gates.Dr.Reporting;

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
            return GateOutcome.InvalidConfiguration(GateIds.Dr, problems);
        }

        var drillsFolder = Path.GetFullPath(options.Drills, context.RepositoryRoot);
        var (records, drillProblems) = DrillReader.Read(drillsFolder, options.Drills.Replace('\\', '/'));
        if (drillProblems.Count > 0)
        {
            return DrOutcome.UnreadableDrills(drillProblems);
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
            var judged = DrJudgement.Judge(backups, drills, records, options.MaxDrillAge, at);
            var files = Directory.Exists(drillsFolder) ? Directory.GetFiles(drillsFolder, "*.json") : [];
            var evidence = await FreshnessReport.WriteAsync(context.EvidenceDirectory, backups, drills, files, options, at, cancellationToken).ConfigureAwait(false);
            return DrOutcome.Build(options, judged, evidence);
        }
        finally
        {
            owned?.Dispose();
        }
    }
}
