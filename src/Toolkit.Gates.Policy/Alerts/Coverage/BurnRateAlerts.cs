using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Coverage;

/// <summary>
/// Recognises multi-window burn-rate alerts (Google SRE workbook, ch. 5; what Sloth, Pyrra and <c>gate slo rules</c>
/// generate). An alerting rule is one when its expression has an <c>and</c> operation whose two sides each compare
/// (<c>&gt;</c> or <c>&gt;=</c>) something read over a window, and the two sides' windows differ (a short and a long
/// one). A window is the range of a range selector or subquery (<c>rate(x[5m])</c>), or the duration a recorded
/// metric's name ends in (<c>slo:sli_error:ratio_rate5m</c>, <c>http_requests:burnrate1h</c>, <c>errors_ratio_30m</c>).
/// It covers a golden path when the path's name (case-insensitive, '-' and '_' alike) is the value of an equality
/// matcher of the expression (<c>sloth_service="checkout"</c>), the value of one of the alert's labels, or part of its name.
/// </summary>
internal static partial class BurnRateAlerts
{
    public static bool IsMultiWindowBurnRate(PromExpr expr) =>
        expr.Descendants().OfType<PromBinary>().Any(b => b.Operator == "and" && Side(b.Left) is { Count: > 0 } left && Side(b.Right) is { Count: > 0 } right && !left.SetEquals(right));

    public static bool Covers(AlertRule rule, string path)
    {
        var name = Normal(path);
        return rule.Parsed is { } expr && (
            expr.Descendants().OfType<PromVectorSelector>().SelectMany(s => s.Matchers).Any(m => m.Operator == "=" && Normal(m.Value) == name)
            || rule.Labels.Values.Any(v => Normal(v) == name)
            || Normal(rule.Name).Contains(name, StringComparison.Ordinal));
    }

    /// <summary>The windows one side of the <c>and</c> compares over; empty when it has no comparison.</summary>
    private static HashSet<TimeSpan> Side(PromExpr side)
    {
        var windows = new HashSet<TimeSpan>();
        if (!side.Descendants().OfType<PromBinary>().Any(b => b.Operator is ">" or ">=" && !b.ReturnBool))
        {
            return windows;
        }

        foreach (var node in side.Descendants())
        {
            switch (node)
            {
                case PromMatrixSelector matrix:
                    windows.Add(matrix.Range);
                    break;
                case PromSubquery subquery:
                    windows.Add(subquery.Range);
                    break;
                case PromVectorSelector { Name: { } metric } when WindowSuffix().Match(metric) is { Success: true } match && PromDuration.Parse(match.Groups[1].Value) is { } window:
                    windows.Add(window);
                    break;
            }
        }

        return windows;
    }

    private static string Normal(string text) => text.Replace('_', '-').ToLowerInvariant();

    [GeneratedRegex("[a-z_:]([0-9]+(?:ms|[smhdwy]))$", RegexOptions.CultureInvariant)]
    private static partial Regex WindowSuffix();
}
