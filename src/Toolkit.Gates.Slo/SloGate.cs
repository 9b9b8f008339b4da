using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo;

/// <summary>
/// slo-gates: measures each golden path (Prometheus SLIs with multi-window multi-burn-rate rules, synthetic probes,
/// optional canary comparison) and judges it by its thresholds (<c>p95_ms&lt;=150</c>, <c>error_rate&lt;0.01</c>,
/// <c>burn==0</c>). Anything it cannot measure fails closed.
/// </summary>
/// <remarks>From a build script: <c>await session.RunAsync(new SloGate(overrides), ct)</c> on a <see cref="Toolkit.Core.Runtime.GateSession"/>.</remarks>
/// <param name="overrides">Values that win over the <c>slo-gates</c> section of gates.yml (from the command line); null for none.</param>
/// <param name="http">The client for Prometheus and probes (not disposed); null for one owned by each run.</param>
public sealed partial class SloGate(SloOverrides? overrides = null, HttpClient? http = null) : IGate
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
            return Invalid(problems);
        }

        var display = options.GoldenPaths.Replace('\\', '/');
        var loaded = GoldenPathLoader.Load(Path.GetFullPath(options.GoldenPaths, context.RepositoryRoot), display, DefaultThresholds(options, context.Section, out var thresholdProblems));
        if (thresholdProblems.Count > 0 || !loaded.IsValid)
        {
            return Invalid([.. thresholdProblems, .. loaded.Diagnostics]);
        }

        var set = loaded.Value!;
        if (Prerequisites(set, options) is { } missing)
        {
            return missing;
        }

        var at = options.At ?? context.Clock.GetUtcNow();
        await context.Log.WriteLineAsync($"slo-gates: {set.Paths.Count} golden path(s) from {display} at {at:O}").ConfigureAwait(false);
        var evaluations = await MeasureAsync(set, options, at, cancellationToken).ConfigureAwait(false);
        return await JudgeAsync(context, set, options, evaluations, at, cancellationToken).ConfigureAwait(false);
    }

    private static GateOutcome Invalid(IReadOnlyList<ConfigDiagnostic> problems)
    {
        var first = problems[0];
        var message = string.Join(Environment.NewLine, problems.Select(p => p.ToString()));
        return GateOutcome.CouldNotEvaluate($"slo-gates configuration is invalid: {message}", new SourceLocation(first.File, first.Line, first.Column));
    }

    private static List<Threshold> DefaultThresholds(SloOptions options, GateSection? section, out List<ConfigDiagnostic> problems)
    {
        problems = [];
        var thresholds = new List<Threshold>();
        var at = section?.Location;
        foreach (var text in options.DefaultThresholds)
        {
            if (Threshold.TryParse(text, at, out var error) is { } threshold)
            {
                thresholds.Add(threshold);
            }
            else
            {
                problems.Add(new ConfigDiagnostic(at?.Path ?? "gates.yml", at?.Line ?? 0, at?.Column ?? 0, $"default_thresholds: {error}"));
            }
        }

        return thresholds;
    }

    private static GateOutcome? Prerequisites(GoldenPathSet set, SloOptions options)
    {
        if (set.Paths.Count == 0)
        {
            return GateOutcome.CouldNotEvaluate(
                $"{set.File} declares no SLO to measure (it holds {string.Join(", ", set.DocumentKinds.Distinct())}); add an SLO, or point golden_paths at the file that has them.",
                new SourceLocation(set.File, 1, 1));
        }

        var unmeasurable = set.Paths.SelectMany(p => p.Slis).Select(s => s.Unmeasurable).OfType<Unmeasurable>().ToList();
        if (unmeasurable.Count > 0)
        {
            return GateOutcome.CouldNotEvaluate(string.Join(Environment.NewLine, unmeasurable), unmeasurable[0].Location);
        }

        if (options.PrometheusUrl is null && set.Paths.FirstOrDefault(p => p.Slis.Count > 0) is { } measured)
        {
            return GateOutcome.CouldNotEvaluate(
                $"golden path '{measured.Name}' has SLIs but no Prometheus URL is set; pass --prometheus-url or set prometheus_url under gates.slo-gates in .github/gates.yml.",
                measured.Location);
        }

        if (options.BaseUrl is null && set.Paths.FirstOrDefault(p => p.Probe is not null) is { } probed)
        {
            return GateOutcome.CouldNotEvaluate(
                $"golden path '{probed.Name}' has a probe but no base URL is set; pass --base-url or set base_url under gates.slo-gates in .github/gates.yml.",
                probed.Probe!.Location);
        }

        return null;
    }

    private static BurnLevel Failing(SloOptions options) => options.TicketFails ? BurnLevel.Ticket : BurnLevel.Page;
}
