using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.K6;

/// <summary>Evaluates a threshold over a metric's aggregated values, as k6 does at the end of a run.</summary>
internal static class ThresholdEvaluator
{
    /// <summary>The value the expression's aggregation picks from the metric, or null with a reason.</summary>
    public static double? Observe(ThresholdExpression expression, K6Metric metric, out string? error)
    {
        if (!expression.AppliesTo(metric.Type))
        {
            error = $"k6 does not allow '{expression.Aggregation}' on the {metric.Type} metric '{metric.Name}'.";
            return null;
        }

        // An empty sink gives 0 for every aggregation, which would pass 'rate<0.01' without a single request checked.
        if (metric.SampleCount == 0)
        {
            error = $"the metric '{metric.Name}' has no samples in the results, so nothing was measured; check the tag filter and that the test reached the code that records it.";
            return null;
        }

        // Legacy exports name a rate metric's rate 'value'.
        if (metric.Values.TryGetValue(expression.Aggregation, out var value)
            || (expression.Aggregation == "rate" && metric.Type == "rate" && metric.Values.TryGetValue("value", out value))
            || (expression.Aggregation == "med" && metric.Values.TryGetValue("p(50)", out value))
            || (expression.Percentile == 50 && metric.Values.TryGetValue("med", out value)))
        {
            if (!double.IsFinite(value))
            {
                error = $"'{expression.Aggregation}' of '{metric.Name}' is not a finite number in the results.";
                return null;
            }

            error = null;
            return value;
        }

        if (expression.Aggregation == "rate" && metric.Type == "counter" && metric.SampleCount is not null)
        {
            error = $"k6 divides the counter '{metric.Name}' by the test's run duration, which the --out json stream does not record; add --summary-export=<file> (or a handleSummary JSON) to the k6 run and list it in results beside the stream, or threshold on 'count'.";
            return null;
        }

        error = $"the results have no '{expression.Aggregation}' for '{metric.Name}' (they have {string.Join(", ", metric.Values.Keys)}); add it to k6's summaryTrendStats or give the gate the raw --out json stream.";
        return null;
    }
}
