using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Checks;
using Toolkit.Gates.Policy.Reporting;

namespace Toolkit.Gates.Policy;

/// <summary>
/// The policy-ci gate: binds its gates.yml section (command-line overrides win), checks the repository's files in
/// parallel (honouring .gitignore), then the checks across files (alert coverage and, with Prometheus, series and
/// noise; governance; image budgets), and reports findings at exact file:line:column. Configuration problems and
/// anything that could not be checked fail closed with the file, line and fix.
/// </summary>
public sealed class PolicyGate : IGate
{
    private readonly PolicyOverrides? overrides;
    private readonly RunEnvironment environment;
    private readonly IRequiredChecksSource? requiredChecks;

    /// <param name="overrides">Values that win over gates.yml (from the command line); null for none.</param>
    /// <param name="environment">Where the GitHub Actions event is read from; the process environment by default.</param>
    /// <param name="requiredChecks">What branch protection requires (the governance pack's check); null when there is no token to ask with.</param>
    public PolicyGate(PolicyOverrides? overrides = null, RunEnvironment? environment = null, IRequiredChecksSource? requiredChecks = null)
    {
        this.overrides = overrides;
        this.environment = environment ?? RunEnvironment.Process;
        this.requiredChecks = requiredChecks;
    }

    /// <inheritdoc/>
    public string Name => GateIds.Policy;

    /// <inheritdoc/>
    public string Description => "Kubernetes, Dockerfile, workflow, alert-rule and governance policies with time-boxed exceptions.";

    /// <inheritdoc/>
    public Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (options, diagnostics) = PolicyOptionsBinder.Bind(context.Section, overrides);
        if (diagnostics.Count > 0)
        {
            return Task.FromResult(GateOutcome.InvalidConfiguration(GateIds.Policy, diagnostics));
        }

        options = options with
        {
            RequiredChecks = context.Config.RequiredGates,
            AlertHistoryEnd = options.AlertHistoryEnd ?? context.Clock.GetUtcNow(),
            GoldenPaths = options.GoldenPaths ?? GoldenPathsOf(context.Config),
            BaseRef = options.BaseRef ?? context.BaseRef,
        };
        return RunAsync(context.RepositoryRoot, options, context.EvidenceDirectory, context.Log, cancellationToken);
    }

    /// <summary>The checks over bound options (what <see cref="EvaluateAsync"/> runs; tests and benchmarks call it directly).</summary>
    /// <param name="evidenceDirectory">Where <c>alert-hygiene.json</c> goes; null writes none.</param>
    internal async Task<GateOutcome> RunAsync(string repositoryRoot, PolicyOptions options, string? evidenceDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(repositoryRoot);
        if (RequestedPaths.Problem(root, options.Paths) is { } pathProblem)
        {
            return GateOutcome.CouldNotEvaluate(pathProblem);
        }

        var custom = CustomRuleFiles.Load(root, options.CustomRules);
        if (custom.Problem is { } customProblem)
        {
            return GateOutcome.CouldNotEvaluate(customProblem, custom.At);
        }

        // Rules may be switched off by their former ids (before the policy/ prefix); the checks ask by current id.
        var disabled = options.DisabledRules.Select(PolicyRules.CurrentId).ToHashSet(StringComparer.Ordinal);
        var scan = await FileScan.RunAsync(root, options, disabled, custom.Evaluator, cancellationToken).ConfigureAwait(false);

        var runsAlerts = options.Runs(PolicyPacks.Alerts);
        var rules = scan.Rules;
        var coverage = runsAlerts ? GoldenPathCheck.Run(root, options, rules, disabled) : CheckResult.Empty;
        var live = runsAlerts ? await LiveAlertCheck.RunAsync(root, options, rules, disabled, cancellationToken).ConfigureAwait(false) : LiveAlertResult.None;
        var alerts = scan.Alerts;
        var alertFigures = runsAlerts && alerts.Alerts > 0 ? alerts : null;
        var hygiene = alertFigures is null
            ? null
            : await HygieneEvidence.WriteAsync(evidenceDirectory, HygieneReport.Build(alerts, rules, [.. scan.Findings, .. coverage.Findings, .. live.Findings], live.Noise, options), cancellationToken).ConfigureAwait(false);

        var governance = options.Runs(PolicyPacks.Governance)
            ? await GovernanceCheck.RunAsync(root, options, environment, requiredChecks, disabled, cancellationToken).ConfigureAwait(false)
            : CheckResult.Empty;
        foreach (var note in governance.Notes)
        {
            await log.WriteLineAsync($"policy-ci: {note}").ConfigureAwait(false);
        }

        var images = options.Runs(PolicyPacks.Images) ? ImageBudgetCheck.Run(root, options, disabled) : CheckResult.Empty;
        return PolicyOutcome.Build(scan, [coverage, live.AsCheck(), governance, images], alertFigures, live.Noise, hygiene, options);
    }

    /// <summary>The slo-gates golden paths file when slo-gates is configured (its default name when the key is absent).</summary>
    private static string? GoldenPathsOf(GatesConfig config) =>
        config.SectionFor(GateIds.Slo) is { Enabled: true } slo ? slo.Reader().String("golden_paths") ?? "golden_paths.yaml" : null;
}
