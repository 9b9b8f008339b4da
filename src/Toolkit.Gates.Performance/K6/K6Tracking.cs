using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.K6;

/// <summary>k6 values tracked like benchmarks (compared with the base, recorded, charted): <c>http_req_duration p(95)</c>.</summary>
internal static class K6Tracking
{
    /// <summary>What is compared with the base: the benchmarks, then the tracked k6 values.</summary>
    public static IEnumerable<BenchmarkResult> Comparable(ResultSet results, IReadOnlyList<string> tracked) =>
        results.Benchmarks.Concat(Track(results, tracked));

    public static IEnumerable<BenchmarkResult> Track(ResultSet results, IReadOnlyList<string> tracked)
    {
        foreach (var entry in tracked)
        {
            var space = entry.LastIndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var name = entry[..space].Trim();
            var expression = ThresholdExpression.TryParse(entry[(space + 1)..] + "<0", out _);
            var selector = MetricSelector.TryParse(name, out _);
            if (expression is null || selector is null
                || !(results.Metrics.TryGetValue(name, out var metric) || results.Metrics.TryGetValue(selector.Text, out metric)))
            {
                continue;
            }

            if (ThresholdEvaluator.Observe(expression, metric, out _) is { } value)
            {
                var unit = metric.Type == "trend" ? "ms" : string.Empty;
                var direction = metric.Type == "counter" || name == "iterations" ? Direction.BiggerIsBetter : Direction.SmallerIsBetter;
                yield return new BenchmarkResult(entry, unit, direction, value, [], new Core.Verdicts.SourceLocation(results.Sources.FirstOrDefault() ?? string.Empty));
            }
        }
    }

    /// <summary>The stream reader's options for the gate: the sub-metrics and exact percentiles thresholds and tracked values name.</summary>
    public static K6StreamOptions StreamOptions(PerformanceOptions options)
    {
        var percentiles = options.Thresholds.Select(t => t.Expression.Percentile)
            .Concat(options.K6Track.Select(entry => entry.LastIndexOf(' ') is var space and > 0
                ? ThresholdExpression.TryParse(entry[(space + 1)..] + "<0", out _)?.Percentile
                : null))
            .OfType<double>();
        return new K6StreamOptions
        {
            SubMetrics = SubMetrics(options),
            Percentiles = [.. new K6StreamOptions().Percentiles.Concat(percentiles).Distinct()],
        };
    }

    /// <summary>The sub-metrics the stream reader must aggregate for thresholds and tracked values.</summary>
    public static List<MetricSelector> SubMetrics(PerformanceOptions options)
    {
        var selectors = options.Thresholds.Select(t => t.Metric).ToList();
        foreach (var entry in options.K6Track)
        {
            var space = entry.LastIndexOf(' ');
            if (space > 0 && MetricSelector.TryParse(entry[..space], out _) is { } selector)
            {
                selectors.Add(selector);
            }
        }

        return selectors.Where(s => s.IsSubMetric).DistinctBy(s => s.Text).ToList();
    }
}
