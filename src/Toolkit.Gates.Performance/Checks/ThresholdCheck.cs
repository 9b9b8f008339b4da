using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>k6-style thresholds over the head results: the configured ones, and (when counted) the ones k6 evaluated itself.</summary>
internal static class ThresholdCheck
{
    public static ThresholdCheckResult Run(IReadOnlyList<ThresholdSpec> specs, bool countK6Thresholds, ResultSet head)
    {
        var thresholds = new List<ThresholdResult>();
        var findings = new List<Finding>();
        foreach (var spec in specs)
        {
            var name = spec.Metric.Text;
            var written = $"threshold '{name}: {spec.Expression.Source}'";
            if (!head.Metrics.TryGetValue(name, out var metric) && !head.Metrics.TryGetValue(spec.Metric.Metric + Tags(spec.Metric), out metric))
            {
                thresholds.Add(new ThresholdResult(name, name + " " + spec.Expression.Source, null, false));
                findings.Add(PerformanceRules.ThresholdMissingMetric.Find(Severity.Error,
                    $"{written} cannot be checked: the results have no metric '{name}'. Fix the metric name, or run k6 with a threshold on it so the summary includes it.",
                    spec.Location));
                continue;
            }

            var actual = ThresholdEvaluator.Observe(spec.Expression, metric, out var error);
            var passed = actual is { } a && spec.Expression.Holds(a);
            thresholds.Add(new ThresholdResult(name, name + " " + spec.Expression.Source, actual, passed));
            if (actual is null)
            {
                findings.Add(PerformanceRules.ThresholdUncheckable.Find(Severity.Error, $"{written} cannot be checked: {error}", spec.Location));
            }
            else if (!passed)
            {
                findings.Add(PerformanceRules.Threshold.Find(Severity.Error,
                    $"{written} failed: {spec.Expression.Aggregation} was {actual.Value.ToString("0.###", CultureInfo.InvariantCulture)}.",
                    spec.Location));
            }
        }

        if (countK6Thresholds)
        {
            foreach (var reported in head.ReportedThresholds)
            {
                var actual = head.Metrics.TryGetValue(reported.Metric, out var metric) && ThresholdExpression.TryParse(reported.Expression, out _) is { } e
                    ? ThresholdEvaluator.Observe(e, metric, out _)
                    : null;
                thresholds.Add(new ThresholdResult(reported.Metric, reported.Metric + " " + reported.Expression + " (k6)", actual, reported.Passed));
                if (!reported.Passed)
                {
                    findings.Add(PerformanceRules.K6Threshold.Find(Severity.Error,
                        $"k6 threshold '{reported.Metric}: {reported.Expression}' failed in the run itself.",
                        new SourceLocation(head.Sources.FirstOrDefault() ?? string.Empty)));
                }
            }
        }

        return new ThresholdCheckResult(thresholds, findings);
    }

    // k6 summaries key sub-metrics the way the script wrote them, usually without spaces after commas.
    private static string Tags(MetricSelector selector) => "{" + string.Join(", ", selector.Tags.Select(t => t.Key + ":" + t.Value)) + "}";
}
