using System.Globalization;
using System.Text.RegularExpressions;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// A k6 threshold expression such as <c>p(95)&lt;500</c> or <c>rate&lt;0.01</c>: an aggregation, an operator and a
/// number, parsed and compared the way k6 does (float64 comparison; <c>===</c> is the same as <c>==</c>).
/// </summary>
/// <param name="Source">The expression as written.</param>
/// <param name="Aggregation">
/// <c>avg</c>, <c>min</c>, <c>max</c>, <c>med</c>, <c>count</c>, <c>rate</c>, <c>value</c> or <c>p(N)</c> normalised to
/// <c>p(N)</c> with N in invariant shortest form.
/// </param>
/// <param name="Percentile">N of <c>p(N)</c>, else null.</param>
public sealed partial record ThresholdExpression(string Source, string Aggregation, double? Percentile, ThresholdOperator Operator, double Value)
{
    private static readonly string[] Plain = ["avg", "min", "max", "med", "count", "rate", "value"];

    /// <summary>Parses an expression; null with <paramref name="error"/> when k6 would reject it too.</summary>
    public static ThresholdExpression? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a k6 threshold; write <aggregation> <operator> <number>, e.g. p(95)<500, rate<0.01, avg<=200.";
            return null;
        }

        var aggregation = match.Groups["agg"].Value;
        double? percentile = null;
        if (match.Groups["p"].Success)
        {
            var p = double.Parse(match.Groups["p"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (p is < 0 or > 100)
            {
                error = $"'{text}': the percentile of p(N) must be between 0 and 100.";
                return null;
            }

            percentile = p;
            aggregation = FormatPercentile(p);
        }
        else if (!Plain.Contains(aggregation, StringComparer.Ordinal))
        {
            error = $"'{text}': unknown aggregation '{aggregation}'; k6 knows avg, min, max, med, count, rate, value and p(N).";
            return null;
        }

        var op = match.Groups["op"].Value switch
        {
            "<" => ThresholdOperator.Less,
            "<=" => ThresholdOperator.LessOrEqual,
            ">" => ThresholdOperator.Greater,
            ">=" => ThresholdOperator.GreaterOrEqual,
            "!=" => ThresholdOperator.NotEqual,
            _ => ThresholdOperator.Equal,
        };
        var value = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        error = null;
        return new ThresholdExpression(text.Trim(), aggregation, percentile, op, value);
    }

    /// <summary>The key k6 uses for a percentile in summaries: <c>p(95)</c>, <c>p(99.9)</c>.</summary>
    public static string FormatPercentile(double p) => "p(" + p.ToString("R", CultureInfo.InvariantCulture) + ")";

    /// <summary>Whether <paramref name="actual"/> satisfies the expression; a threshold that holds passes.</summary>
    public bool Holds(double actual) => Operator switch
    {
        ThresholdOperator.Less => actual < Value,
        ThresholdOperator.LessOrEqual => actual <= Value,
        ThresholdOperator.Greater => actual > Value,
        ThresholdOperator.GreaterOrEqual => actual >= Value,
        ThresholdOperator.NotEqual => actual != Value,
        _ => actual == Value,
    };

    /// <summary>Whether k6 allows this aggregation on a metric of <paramref name="metricType"/>.</summary>
    public bool AppliesTo(string metricType) => metricType switch
    {
        "trend" => Percentile is not null || Aggregation is "avg" or "min" or "max" or "med",
        "rate" => Aggregation == "rate",
        "counter" => Aggregation is "count" or "rate",
        "gauge" => Aggregation == "value",
        _ => true,
    };

    [GeneratedRegex(@"^\s*(?<agg>p\(\s*(?<p>\d+(\.\d+)?)\s*\)|[a-z]+)\s*(?<op>===|==|!=|<=|>=|<|>)\s*(?<value>[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
