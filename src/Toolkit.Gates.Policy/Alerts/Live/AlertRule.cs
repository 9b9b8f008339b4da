using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>One alerting rule as the live checks need it: where it is, its parsed expression and its timing.</summary>
/// <param name="Path">Repository-relative rule file.</param>
/// <param name="Line">Line of the rule's <c>alert:</c> key.</param>
/// <param name="Column">Column of the rule's <c>alert:</c> key.</param>
/// <param name="EndLine">The line the rule ends before (findings between its lines are its own).</param>
/// <param name="ExprLine">Line of the <c>expr</c> value.</param>
/// <param name="Name">The alert name.</param>
/// <param name="Group">The rule group's name.</param>
/// <param name="Expr">The expression as written.</param>
/// <param name="For">The rule's <c>for</c> (zero when absent).</param>
/// <param name="KeepFiringFor">The rule's <c>keep_firing_for</c> (zero when absent).</param>
/// <param name="Interval">The group's <c>interval</c>; null for the global evaluation interval.</param>
/// <param name="Severity">The <c>severity</c> label, if any.</param>
/// <param name="Labels">The rule's static labels.</param>
internal sealed record AlertRule(
    string Path,
    int Line,
    int Column,
    int EndLine,
    int ExprLine,
    string Name,
    string Group,
    string Expr,
    TimeSpan For,
    TimeSpan KeepFiringFor,
    TimeSpan? Interval,
    string? Severity,
    IReadOnlyDictionary<string, string> Labels)
{
    // Parsed on first use: only the live and coverage checks need it, and the static checks parsed it already once.
    private readonly Lazy<PromExpr?> parsed = new(() => PromParser.Parse(Expr).Expr);

    /// <summary>The parsed expression; null when it does not parse (already reported by policy/alerts/promql-syntax).</summary>
    public PromExpr? Parsed => parsed.Value;

    /// <summary>file:line, as reports show it.</summary>
    public string Where => $"{Path}:{Line}";

    /// <summary>Identifies the rule across base and head: file, group and name (the line moves with edits).</summary>
    public string Key => $"{Path}|{Group}|{Name}|{string.Join(",", Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))}";
}
