using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Protection;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy;

/// <summary>
/// The policy-ci gate: binds its gates.yml section (command-line overrides win), then runs <see cref="PolicyEvaluator"/>
/// over the repository. Configuration problems fail closed with the file, line and fix.
/// </summary>
public sealed class PolicyGate : IGate
{
    private readonly PolicyOverrides overrides;
    private readonly RunEnvironment environment;
    private readonly IRequiredChecksSource? requiredChecks;

    /// <param name="overrides">Values that win over gates.yml (from the command line); null for none.</param>
    /// <param name="environment">Where the GitHub Actions event is read from; the process environment by default.</param>
    /// <param name="requiredChecks">What branch protection requires (the governance pack's check); null when there is no token to ask with.</param>
    public PolicyGate(PolicyOverrides? overrides = null, RunEnvironment? environment = null, IRequiredChecksSource? requiredChecks = null)
    {
        this.overrides = overrides ?? new PolicyOverrides();
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
        var options = new PolicyOptions();
        if (context.Section is { } section)
        {
            var reader = section.Reader();
            options = PolicyOptionsBinder.Bind(reader, options);
            if (reader.HasErrors)
            {
                return Task.FromResult(ConfigError(reader.Diagnostics));
            }
        }

        if (overrides.PrometheusUrl is { } url && PrometheusUrls.Parse(url) is null)
        {
            return Task.FromResult(GateOutcome.CouldNotEvaluate($"--prometheus-url '{url}' is not an http(s) URL. Fix: pass e.g. --prometheus-url http://prometheus:9090."));
        }

        options = overrides.ApplyTo(options) with
        {
            RequiredChecks = context.Config.RequiredGates,
            AlertHistoryEnd = options.AlertHistoryEnd ?? context.Clock.GetUtcNow(),
            GoldenPaths = options.GoldenPaths ?? GoldenPathsOf(context.Config),
            BaseRef = overrides.BaseRef ?? context.BaseRef,
        };
        var unknown = options.Packs.Where(p => !PolicyPacks.All.Contains(p, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return Task.FromResult(GateOutcome.CouldNotEvaluate($"Unknown pack(s) {string.Join(", ", unknown)}. Fix: use any of {string.Join(", ", PolicyPacks.All)}."));
        }

        return new PolicyEvaluator(context.RepositoryRoot, options, environment)
        {
            EvidenceDirectory = context.EvidenceDirectory,
            Log = context.Log,
            RequiredChecks = requiredChecks,
        }.EvaluateAsync(cancellationToken);
    }

    /// <summary>The slo-gates golden paths file when slo-gates is configured (its default name when the key is absent).</summary>
    private static string? GoldenPathsOf(GatesConfig config) =>
        config.SectionFor(GateIds.Slo) is { Enabled: true } slo ? slo.Reader().String("golden_paths") ?? "golden_paths.yaml" : null;

    private static GateOutcome ConfigError(IReadOnlyList<ConfigDiagnostic> diagnostics)
    {
        var first = diagnostics[0];
        var all = string.Join(" ", diagnostics.Select(d => d.ToString()));
        return GateOutcome.CouldNotEvaluate($"The policy-ci configuration is invalid: {all} Fix the section in gates.yml.", new SourceLocation(first.File, first.Line, first.Column));
    }
}
