using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Canary;

/// <summary>
/// Compares canary and baseline on the same SLIs (queries with <c>{{selector}}</c> filled by each side's label
/// matchers) over the canary window. Keptn-style scoring: an objective that meets its pass criterion earns its
/// weight, one that meets only its warning criterion earns half; the score is earned / total * 100.
/// </summary>
internal sealed class CanaryEvaluator(SliEvaluator evaluator)
{
    public async Task<CanaryResult> EvaluateAsync(IReadOnlyList<GoldenPath> paths, CanarySpec spec, string baselineSelector, string canarySelector, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(spec);
        var outcomes = new List<CanaryOutcome>();
        foreach (var path in paths)
        {
            // A query without {{selector}} would read the same series for both sides and always "pass".
            foreach (var sli in path.Slis.Where(HasSelector))
            {
                var baseline = await MeasureAsync(sli, spec.Window, at, baselineSelector, cancellationToken).ConfigureAwait(false);
                var canary = await MeasureAsync(sli, spec.Window, at, canarySelector, cancellationToken).ConfigureAwait(false);
                foreach (var objective in spec.Objectives.Where(o => baseline.ContainsKey(o.Metric)))
                {
                    outcomes.Add(Judge(path.Name + "/" + sli.Name, objective, canary[objective.Metric], baseline[objective.Metric]));
                }
            }
        }

        var total = outcomes.Sum(o => o.Weight);
        var score = total == 0 ? 0 : outcomes.Sum(o => o.Earned) / total * 100;
        var verdict = outcomes.Count == 0 ? "error" : score >= spec.PassScore ? "pass" : score >= spec.WarnScore ? "warn" : "fail";
        return new CanaryResult(outcomes, Math.Round(score, 2), verdict);
    }

    private static CanaryOutcome Judge(string name, CanaryObjective objective, double canary, double baseline)
    {
        var result = objective.Pass.Holds(canary, baseline) ? "pass"
            : objective.Warning?.Holds(canary, baseline) == true ? "warn"
            : "fail";
        var earned = result switch { "pass" => objective.Weight, "warn" => objective.Weight / 2, _ => 0 };
        return new CanaryOutcome(name, objective.Metric, canary, baseline, result, objective.Weight, earned);
    }

    private static bool HasSelector(Sli sli) =>
        new[] { sli.ErrorQuery, sli.GoodQuery, sli.TotalQuery }.Concat(sli.Quantiles.Values).OfType<string>().All(q => q.Contains("selector}}", StringComparison.Ordinal));

    /// <summary>The metrics an SLI offers over the window; NaN when a side has no data (which fails its objective).</summary>
    private async Task<Dictionary<string, double>> MeasureAsync(Sli sli, TimeSpan window, DateTimeOffset at, string selector, CancellationToken cancellationToken)
    {
        if (sli.Kind == SliKind.Ratio)
        {
            var (ratio, _) = await evaluator.ErrorRatioAsync(sli, window, at, selector, cancellationToken).ConfigureAwait(false);
            return new Dictionary<string, double>(StringComparer.Ordinal) { ["error_rate"] = ratio };
        }

        var result = await evaluator.EvaluateAsync(sli, window, at, selector, cancellationToken).ConfigureAwait(false);
        return sli.Quantiles.Keys.ToDictionary(k => k, k => result.LatencyMs.GetValueOrDefault(k, double.NaN), StringComparer.Ordinal);
    }
}
