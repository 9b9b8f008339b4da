using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance;

/// <summary>k6-style thresholds over the head results: the configured ones, and the ones k6 evaluated itself.</summary>
public sealed partial class PerformanceGate
{
    private static void EvaluateThresholds(PerformanceOptions options, ResultSet head, List<ThresholdResult> thresholds, List<Finding> findings)
    {
        foreach (var spec in options.Thresholds)
        {
            var name = spec.Metric.Text;
            if (!head.Metrics.TryGetValue(name, out var metric) && !head.Metrics.TryGetValue(spec.Metric.Metric + Tags(spec.Metric), out metric))
            {
                thresholds.Add(new ThresholdResult(name, name + " " + spec.Expression.Source, null, false));
                findings.Add(new Finding(ThresholdRule, Severity.Error,
                    $"threshold '{name}: {spec.Expression.Source}' cannot be checked: the results have no metric '{name}'. Fix the metric name, or run k6 with a threshold on it so the summary includes it.",
                    spec.Location) { Title = "Threshold on a missing metric" });
                continue;
            }

            var actual = ThresholdEvaluator.Observe(spec.Expression, metric, out var error);
            var passed = actual is { } a && spec.Expression.Holds(a);
            thresholds.Add(new ThresholdResult(name, name + " " + spec.Expression.Source, actual, passed));
            if (actual is null)
            {
                findings.Add(new Finding(ThresholdRule, Severity.Error, $"threshold '{name}: {spec.Expression.Source}' cannot be checked: {error}", spec.Location) { Title = "Threshold cannot be checked" });
            }
            else if (!passed)
            {
                findings.Add(new Finding(ThresholdRule, Severity.Error,
                    $"threshold '{name}: {spec.Expression.Source}' failed: {spec.Expression.Aggregation} was {actual.Value.ToString("0.###", CultureInfo.InvariantCulture)}.",
                    spec.Location) { Title = "Threshold failed" });
            }
        }

        if (!options.K6Thresholds)
        {
            return;
        }

        foreach (var reported in head.ReportedThresholds)
        {
            var actual = head.Metrics.TryGetValue(reported.Metric, out var metric) && ThresholdExpression.TryParse(reported.Expression, out _) is { } e
                ? ThresholdEvaluator.Observe(e, metric, out _)
                : null;
            thresholds.Add(new ThresholdResult(reported.Metric, reported.Metric + " " + reported.Expression + " (k6)", actual, reported.Passed));
            if (!reported.Passed)
            {
                findings.Add(new Finding(ThresholdRule, Severity.Error,
                    $"k6 threshold '{reported.Metric}: {reported.Expression}' failed in the run itself.",
                    new SourceLocation(head.Sources.FirstOrDefault() ?? string.Empty)) { Title = "k6 threshold failed" });
            }
        }
    }

    // k6 summaries key sub-metrics the way the script wrote them, usually without spaces after commas.
    private static string Tags(MetricSelector selector) => "{" + string.Join(", ", selector.Tags.Select(t => t.Key + ":" + t.Value)) + "}";
}
