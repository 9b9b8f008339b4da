using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Reporting;

namespace Toolkit.Gates.Slo;

/// <summary>
/// slo-gates: measures each golden path (Prometheus SLIs with multi-window multi-burn-rate rules, synthetic probes,
/// optional canary comparison) and judges it by its thresholds (<c>p95_ms&lt;=150</c>, <c>error_rate&lt;0.01</c>,
/// <c>burn==0</c>). Anything it cannot measure fails closed.
/// </summary>
/// <remarks>From a build script: <c>await session.RunAsync(new SloGate(overrides), ct)</c> on a <see cref="Toolkit.Core.Runtime.GateSession"/>.</remarks>
/// <param name="overrides">Values that win over the <c>slo-gates</c> section of gates.yml (from the command line); null for none.</param>
/// <param name="http">The client for Prometheus and probes (not disposed); null for one owned by each run.</param>
public sealed class SloGate(SloOverrides? overrides = null, HttpClient? http = null) : IGate
{
    /// <inheritdoc/>
    public string Name => GateIds.Slo;

    /// <inheritdoc/>
    public string Description => "Golden-path SLOs: error-budget burn from Prometheus, synthetic probes, canary comparison.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, problems) = SloOptionsBinder.Bind(context.Section, overrides);
        if (problems.Count > 0)
        {
            return SloOutcome.Invalid(problems);
        }

        var display = options.GoldenPaths.Replace('\\', '/');
        var loaded = GoldenPathLoader.Load(Path.GetFullPath(options.GoldenPaths, context.RepositoryRoot), display, options.ParsedDefaultThresholds);
        if (!loaded.IsValid)
        {
            return SloOutcome.Invalid(loaded.Diagnostics);
        }

        var set = loaded.Value!;
        if (PrerequisiteCheck.Check(set, options) is { } missing)
        {
            return GateOutcome.CouldNotEvaluate(missing.Message, missing.Location);
        }

        var at = options.At ?? context.Clock.GetUtcNow();
        await context.Log.WriteLineAsync($"slo-gates: {set.Paths.Count} golden path(s) from {display} at {at:O}").ConfigureAwait(false);
        var measured = await GoldenPathMeasurer.MeasureAsync(set, options, http, at, cancellationToken).ConfigureAwait(false);

        var failing = BurnRateCheck.FailingLevel(options);
        var findings = new List<Finding>();
        var thresholds = new List<ThresholdResult>();
        var couldNotEvaluate = false;
        foreach (var path in measured.Paths)
        {
            var burn = BurnRateCheck.Judge(path, options.TicketFails);
            var limits = ThresholdCheck.Judge(path, failing);
            findings.AddRange([.. burn.Findings, .. limits.Findings, .. ProbeCheck.Judge(path), PathSummary.For(path)]);
            thresholds.AddRange(limits.Thresholds);
            couldNotEvaluate |= burn.CouldNotEvaluate;
        }

        if (measured.Canary is { } canary)
        {
            var (finding, canaryError) = CanaryCheck.Judge(canary, set);
            findings.Add(finding);
            couldNotEvaluate |= canaryError;
        }

        var metrics = ContractMetrics.Of(measured.Paths, failing, measured.Canary);
        var evidence = await SloEvidence.WriteAsync(context.EvidenceDirectory, measured, at, cancellationToken).ConfigureAwait(false);
        return SloOutcome.Build(measured, findings, thresholds, metrics, evidence, couldNotEvaluate);
    }
}
