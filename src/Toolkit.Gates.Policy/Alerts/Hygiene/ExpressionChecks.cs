using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>Static checks of one parsed expression; each problem is returned with its offset in the expression.</summary>
internal static class ExpressionChecks
{
    private static readonly string[] RateFunctions = ["rate", "irate", "increase"];

    /// <summary>rate/irate/increase over a range shorter than two scrape intervals (pint promql/rate).</summary>
    public static IEnumerable<(int Offset, string Detail)> ShortRates(PromExpr expr, TimeSpan scrapeInterval)
    {
        foreach (var call in expr.Descendants().OfType<PromCall>())
        {
            if (RateFunctions.Contains(call.Name) && call.Args is [PromMatrixSelector matrix] && matrix.Range < scrapeInterval * 2)
            {
                yield return (call.Offset, $"{call.Name}() over [{Format(matrix.Range)}] sees fewer than two samples at a {Format(scrapeInterval)} scrape interval (needs at least {Format(scrapeInterval * 2)}).");
            }
        }
    }

    /// <summary>absent() over something other than a plain selector (pint promql/fragile, alerts/template).</summary>
    public static IEnumerable<(int Offset, string Detail)> AbsentMisuse(PromExpr expr)
    {
        foreach (var call in expr.Descendants().OfType<PromCall>().Where(c => c.Name == "absent" && c.Args.Count == 1))
        {
            switch (Unwrap(call.Args[0]))
            {
                case PromBinary binary:
                    yield return (call.Offset, $"absent() over a '{binary.Operator}' operation also fires when the operation filters every series away, not only when the series is missing; call absent() on the selector alone.");
                    break;
                case PromAggregation { Grouping.Count: > 0, Without: false } aggregation:
                    yield return (call.Offset, $"absent() over {aggregation.Operator} by ({string.Join(", ", aggregation.Grouping)}) drops the grouping labels: the alert can never say which {aggregation.Grouping[0]} is missing.");
                    break;
            }
        }
    }

    /// <summary>When the whole expression is absent(selector): the labels its result carries (equality matchers only).</summary>
    public static IReadOnlySet<string>? AbsentLabels(PromExpr expr) =>
        Unwrap(expr) is PromCall { Name: "absent", Args: [var arg] } && Unwrap(arg) is PromVectorSelector selector
            ? selector.Matchers.Where(m => m.Operator == "=" && m.Label != "__name__").Select(m => m.Label).ToHashSet(StringComparer.Ordinal)
            : null;

    private static PromExpr Unwrap(PromExpr expr) => expr is PromParen paren ? Unwrap(paren.Expr) : expr;

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours) ? $"{span.TotalHours:0}h"
        : span.TotalMinutes >= 1 && span.TotalMinutes == Math.Floor(span.TotalMinutes) ? $"{span.TotalMinutes:0}m"
        : $"{span.TotalSeconds:0.###}s";
}
