using System.Text.RegularExpressions;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Windowed forms of the PromQL that OpenSLO and Pyrra write without a range (see docs/slo-formats.md). A bare
/// selector gets the range and a <c>{{selector}}</c> slot (so canary comparison can narrow it); any other expression
/// is windowed through a subquery.
/// </summary>
internal static partial class PromQl
{
    private const string Window = "{{window}}";

    /// <summary>Whether <paramref name="query"/> is a plain vector selector: <c>metric</c>, <c>metric{...}</c> or <c>{...}</c>.</summary>
    public static bool IsSelector(string query) => SelectorShape().IsMatch(query);

    /// <summary>The first fixed range (<c>[5m]</c>) in a query that has no window placeholder, or null.</summary>
    public static string? FixedRange(string query) =>
        QueryTemplate.HasWindow(query) ? null : RangeShape().Match(query) is { Success: true } m ? m.Value : null;

    /// <summary>Events per second of a counter over the window: <c>sum(rate(sel[w]))</c>, or <c>sum(rate((expr)[w:]))</c>.</summary>
    public static string CounterRate(string query) => Windowed("sum(rate(", query, "))");

    /// <summary>Sum of a gauge's samples over the window (OpenSLO <c>counter: false</c>): <c>sum(sum_over_time(sel[w]))</c>.</summary>
    public static string GaugeSum(string query) => Windowed("sum(sum_over_time(", query, "))");

    /// <summary>Average of a ratio gauge over the window: <c>avg(avg_over_time(sel[w]))</c>.</summary>
    public static string GaugeAverage(string query) => Windowed("avg(avg_over_time(", query, "))");

    /// <summary>Number of samples of a gauge over the window: <c>sum(count_over_time(sel[w]))</c>.</summary>
    public static string GaugeCount(string query) => Windowed("sum(count_over_time(", query, "))");

    /// <summary>A selector with the canary slot: <c>m{a="b",{{selector}}}</c>; other expressions unchanged.</summary>
    public static string WithSelectorSlot(string query)
    {
        var text = query.Trim();
        if (!IsSelector(text))
        {
            return text;
        }

        var brace = text.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return text + "{{{selector}}}";
        }

        var inner = text[(brace + 1)..^1].Trim().TrimEnd(',');
        return inner.Length == 0 ? text[..brace] + "{{{selector}}}" : $"{text[..brace]}{{{inner},{{{{selector}}}}}}";
    }

    private static string Windowed(string head, string query, string tail)
    {
        var text = query.Trim();
        if (QueryTemplate.HasWindow(text))
        {
            return text;
        }

        return IsSelector(text) ? $"{head}{WithSelectorSlot(text)}[{Window}]{tail}" : $"{head}({text})[{Window}:]{tail}";
    }

    [GeneratedRegex("""^\s*(?:[a-zA-Z_:][a-zA-Z0-9_:]*\s*(?:\{(?:[^{}"'`]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)*\})?|\{(?:[^{}"'`]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)*\})\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex SelectorShape();

    [GeneratedRegex(@"\[\s*[0-9][0-9a-z]*\s*(?::\s*[0-9a-z]*\s*)?\]", RegexOptions.CultureInvariant)]
    private static partial Regex RangeShape();
}
