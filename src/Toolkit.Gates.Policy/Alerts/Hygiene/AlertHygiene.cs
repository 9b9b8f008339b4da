using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>
/// pint-level static hygiene of a Prometheus rule file: every expr parsed (syntax errors at the file's line and
/// column), then the checks of <see cref="ExpressionChecks"/> and <see cref="TemplateChecks"/> on each rule.
/// </summary>
internal static class AlertHygiene
{
    /// <param name="path">The rule file's repository-relative path.</param>
    /// <param name="text">The rule file's text, for positions inside multi-line scalars.</param>
    /// <param name="disabled">The current ids of the rules switched off.</param>
    public static IReadOnlyList<Finding> Check(string path, string text, YamlNode root, PolicyOptions options, IReadOnlySet<string> disabled)
    {
        var sink = new FindingSink(path, disabled);
        var groups = root.Get("groups") ?? root.Path("spec", "groups");
        foreach (var group in groups.Items())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in group.Get("rules").Items())
            {
                var expr = CheckExpression(text, rule, options, sink);
                if (rule.Entry("alert") is { } alert && alert.Value is YamlScalarNode nameNode)
                {
                    var name = nameNode.Value ?? "?";
                    var identity = name + "|" + string.Join(",", rule.Get("labels").Pairs().Select(p => $"{p.Key}={p.Value}").Order(StringComparer.Ordinal));
                    if (!seen.Add(identity))
                    {
                        sink.Add(PolicyRules.AlertDuplicateName, nameNode, $"Alert '{name}' appears twice in group '{group.Text("name")}' with the same labels.");
                    }

                    CheckFor(rule, alert.Key, name, options, sink);
                    TemplateChecks.Check(text, rule, name, expr, sink);
                }
            }
        }

        return sink.Findings;
    }

    private static PromExpr? CheckExpression(string text, YamlNode rule, PolicyOptions options, FindingSink sink)
    {
        if (rule.Get("expr") is not YamlScalarNode node || node.Value is not { } source)
        {
            return null;
        }

        var parsed = PromParser.Parse(source);
        if (parsed.Error is { } error)
        {
            var (line, column) = ScalarPositions.Locate(text, node, error.Offset);
            sink.Add(PolicyRules.AlertPromQlSyntax, line, column, $"PromQL syntax error: {error.Message}.");
            return null;
        }

        foreach (var (offset, detail) in ExpressionChecks.ShortRates(parsed.Expr!, options.ScrapeInterval))
        {
            var (line, column) = ScalarPositions.Locate(text, node, offset);
            sink.Add(PolicyRules.AlertRateRange, line, column, detail);
        }

        foreach (var (offset, detail) in ExpressionChecks.AbsentMisuse(parsed.Expr!))
        {
            var (line, column) = ScalarPositions.Locate(text, node, offset);
            sink.Add(PolicyRules.AlertAbsentMisuse, line, column, detail);
        }

        return parsed.Expr;
    }

    private static void CheckFor(YamlNode rule, YamlScalarNode alertKey, string name, PolicyOptions options, FindingSink sink)
    {
        var severity = rule.Get("labels").Text("severity");
        if (severity is null || !options.PagingSeverities.Contains(severity, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        var forEntry = rule.Entry("for");
        var duration = PromDuration.Parse(forEntry?.Value.Text());
        if (duration is null || duration == TimeSpan.Zero)
        {
            var what = forEntry is null ? "no 'for'" : $"for: {forEntry.Value.Value.Text()}";
            sink.Add(PolicyRules.AlertForMissing, forEntry?.Key ?? alertKey, $"Paging alert '{name}' (severity {severity}) has {what}, so it pages on the first matching evaluation.");
        }
    }
}
