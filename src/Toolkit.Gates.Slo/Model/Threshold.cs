using System.Globalization;
using System.Text.RegularExpressions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Model;

/// <summary>A gate threshold such as <c>p95_ms&lt;=150</c>, <c>error_rate&lt;0.01</c> or <c>burn==0</c>.</summary>
internal sealed partial record Threshold(string Metric, string Operator, double Limit, string Expression, SourceLocation? Location = null)
{
    /// <summary>The metrics a threshold may name.</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["p50_ms", "p95_ms", "p99_ms", "error_rate", "burn", "budget_remaining"];

    /// <summary>Parses <paramref name="text"/>; returns null and an explanation when it is not a threshold.</summary>
    public static Threshold? TryParse(string text, SourceLocation? location, out string? error)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            error = $"'{text}' is not a threshold; write metric, operator and number, e.g. p95_ms<=150 (operators <, <=, >, >=, ==, !=).";
            return null;
        }

        var metric = match.Groups[1].Value;
        if (!Metrics.Contains(metric))
        {
            error = $"'{metric}' is not a metric this gate measures; use one of {string.Join(", ", Metrics)}.";
            return null;
        }

        error = null;
        var limit = double.Parse(match.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return new Threshold(metric, match.Groups[2].Value, limit, $"{metric}{match.Groups[2].Value}{match.Groups[3].Value}", location);
    }

    /// <summary>Whether <paramref name="actual"/> satisfies the threshold; NaN never does.</summary>
    public bool Holds(double actual) => !double.IsNaN(actual) && Operator switch
    {
        "<" => actual < Limit,
        "<=" => actual <= Limit,
        ">" => actual > Limit,
        ">=" => actual >= Limit,
        "==" => actual == Limit,
        _ => actual != Limit,
    };

    [GeneratedRegex(@"^\s*([a-z0-9_]+)\s*(<=|>=|==|!=|<|>)\s*([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
