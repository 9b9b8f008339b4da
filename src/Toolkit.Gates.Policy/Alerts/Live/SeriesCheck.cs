using Toolkit.Core.Prometheus;
using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>
/// pint's promql/series against a live Prometheus: every vector selector of an alert's expression must match some
/// series within the lookback window. When none does, the cause is named: the metric never existed, a label the
/// selector filters on is never set on it, a matcher matches none of the values seen, or the matchers never hold
/// together. Selectors of metrics a recording rule of the checked files produces are skipped (they exist once the
/// rules are deployed), and so are selectors inside absent()/absent_over_time(), whose point is a missing series.
/// </summary>
internal sealed class SeriesCheck(PrometheusClient client, DateTimeOffset start, DateTimeOffset end)
{
    private readonly Dictionary<string, Task<(string? Problem, string? Error)>> cache = new(StringComparer.Ordinal);

    /// <summary>Each missing selector's problem, and the first Prometheus error (which makes the run fail closed).</summary>
    public async Task<(IReadOnlyList<string> Problems, string? Error)> CheckAsync(AlertRule rule, IReadOnlySet<string> recorded, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (rule.Parsed is null)
        {
            return (problems, null);
        }

        foreach (var selector in Selectors(rule.Parsed).Where(s => s.Name is null || !recorded.Contains(s.Name)))
        {
            var text = SelectorText.Format(selector);
            if (!cache.TryGetValue(text, out var task))
            {
                task = ExplainAsync(selector, text, cancellationToken);
                cache[text] = task;
            }

            var (problem, error) = await task.ConfigureAwait(false);
            if (error is not null)
            {
                return (problems, error);
            }

            if (problem is not null && !problems.Contains(problem))
            {
                problems.Add(problem);
            }
        }

        return (problems, null);
    }

    private static IEnumerable<PromVectorSelector> Selectors(PromExpr expr)
    {
        if (expr is PromCall { Name: "absent" or "absent_over_time" })
        {
            yield break;
        }

        if (expr is PromVectorSelector selector)
        {
            yield return selector;
        }

        foreach (var child in expr.Children.SelectMany(Selectors))
        {
            yield return child;
        }
    }

    private async Task<(string? Problem, string? Error)> ExplainAsync(PromVectorSelector selector, string text, CancellationToken cancellationToken)
    {
        var window = $"in the last {Durations(end - start)}";
        var series = await client.SeriesAsync(text, start, end, cancellationToken).ConfigureAwait(false);
        if (series.Error is not null || series.Series.Count > 0)
        {
            return (null, series.Error);
        }

        if (selector.Name is not { } name)
        {
            return ($"`{text}` matches no series {window}.", null);
        }

        var names = await client.LabelValuesAsync("__name__", $"{{__name__=\"{name}\"}}", start, end, cancellationToken).ConfigureAwait(false);
        if (names.Error is not null)
        {
            return (null, names.Error);
        }

        if (names.Values.Count == 0)
        {
            return ($"`{name}` has no series {window}: the metric is not exported, or is named differently (selector `{text}`).", null);
        }

        foreach (var matcher in selector.Matchers.Where(m => m.Label != "__name__"))
        {
            var values = await client.LabelValuesAsync(matcher.Label, name, start, end, cancellationToken).ConfigureAwait(false);
            if (values.Error is not null)
            {
                return (null, values.Error);
            }

            if (SelectorText.Matches(matcher, string.Empty))
            {
                continue; // also matches series without the label
            }

            if (values.Values.Count == 0)
            {
                return ($"`{name}` has series {window}, but none has the label `{matcher.Label}`, so `{SelectorText.Format(matcher)}` matches nothing.", null);
            }

            if (!values.Values.Any(v => SelectorText.Matches(matcher, v)))
            {
                var seen = string.Join(", ", values.Values.Take(5).Select(v => $"\"{v}\"")) + (values.Values.Count > 5 ? $", ... ({values.Values.Count} values)" : string.Empty);
                return ($"`{name}` has series {window}, but `{SelectorText.Format(matcher)}` matches none of its `{matcher.Label}` values ({seen}).", null);
            }
        }

        return ($"`{name}` has series {window}, and each matcher of `{text}` matches some of them, but no series matches all of them together.", null);
    }

    private static string Durations(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? $"{span.TotalDays:0}d"
        : span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0}h"
        : $"{span.TotalMinutes:0}m";
}
