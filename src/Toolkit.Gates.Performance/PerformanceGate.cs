using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance;

/// <summary>
/// performance-gate: head results against k6-style thresholds, against the PR base (noise-aware: Mann-Whitney U plus
/// Hodges-Lehmann shift on raw samples, percentages on summaries) and against a capacity headroom target.
/// </summary>
public sealed partial class PerformanceGate : IGate
{
    /// <summary>Rule id of a benchmark that regressed against the base.</summary>
    public const string RegressionRule = "perf/regression";

    /// <summary>Rule id of a failed k6-style threshold.</summary>
    public const string ThresholdRule = "perf/threshold";

    /// <summary>Rule id of headroom below the target.</summary>
    public const string HeadroomRuleId = "perf/headroom";

    /// <summary>Rule id of a note about the baseline (not the exact PR base, none found).</summary>
    public const string BaselineRule = "perf/baseline";

    private readonly PerformanceOverrides overrides;

    /// <param name="overrides">Command-line values that replace gates.yml values; none when null.</param>
    public PerformanceGate(PerformanceOverrides? overrides = null) => this.overrides = overrides ?? new PerformanceOverrides();

    /// <inheritdoc/>
    public string Name => GateIds.Performance;

    /// <inheritdoc/>
    public string Description => "Load-test and benchmark results against thresholds, the PR base and capacity headroom.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = PerformanceOptionsBinder.Bind(context.Section, out var diagnostics);
        if (diagnostics.Count > 0)
        {
            var first = diagnostics[0];
            return GateOutcome.CouldNotEvaluate(
                $"gates.yml has {diagnostics.Count} problem(s) in performance-gate: {string.Join(" ", diagnostics.Select(d => d.ToString()))}",
                new SourceLocation(first.File, first.Line, first.Column));
        }

        options = overrides.ApplyTo(options);
        if (options.Results.Count == 0)
        {
            return GateOutcome.CouldNotEvaluate(
                "performance-gate has no results to check: pass --results <file> or list files under 'results:' in the performance-gate section of gates.yml.",
                context.Section?.Location);
        }

        var head = ReadHead(context, options, cancellationToken, out var failure);
        if (head is null)
        {
            return failure!;
        }

        var findings = new List<Finding>();
        var (evaluation, evaluationFailure) = await EvaluateAsync(context, options, head, findings, cancellationToken).ConfigureAwait(false);
        if (evaluationFailure is not null)
        {
            return evaluationFailure;
        }

        return await OutcomeAsync(context, options, evaluation!, findings, cancellationToken).ConfigureAwait(false);
    }

    private static string Full(GateContext context, string path) => Path.GetFullPath(path, context.RepositoryRoot);

    private static string Display(GateContext context, string path)
    {
        var relative = Path.GetRelativePath(context.RepositoryRoot, Full(context, path));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Full(context, path) : relative).Replace('\\', '/');
    }

    private static IEnumerable<BenchmarkResult> Comparable(ResultSet results, PerformanceOptions options) =>
        results.Benchmarks.Concat(K6Tracking.Track(results, options.K6Track));
}
