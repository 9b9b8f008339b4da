using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>Checks of an alert's label and annotation templates (pint alerts/template).</summary>
internal static class TemplateChecks
{
    public static void Check(string text, YamlNode rule, string name, PromExpr? expr, FindingSink sink)
    {
        var absentLabels = expr is null ? null : ExpressionChecks.AbsentLabels(expr);
        foreach (var (section, isLabel) in (ReadOnlySpan<(string, bool)>)[("labels", true), ("annotations", false)])
        {
            foreach (var (key, value) in rule.Get(section).Pairs())
            {
                if (value is not YamlScalarNode { Value: { } template } node || !template.Contains("{{", StringComparison.Ordinal))
                {
                    continue;
                }

                if (isLabel && TemplateScanner.QueryValueUse(template) is var use and >= 0)
                {
                    Add(sink, PolicyRules.AlertLabelTemplate, text, node, use, $"Label '{key}' of alert '{name}' renders the query value, so every evaluation creates a new alert.");
                }

                foreach (var (word, index) in TemplateScanner.Words(template))
                {
                    if (!TemplateFunctions.Known.Contains(word))
                    {
                        Add(sink, PolicyRules.AlertTemplateFunction, text, node, index, $"{section}.{key} of alert '{name}' calls '{word}', which Prometheus's template engine does not define.");
                    }
                }

                CheckAbsentLabels(text, node, template, absentLabels, $"{section}.{key}", name, sink);
            }
        }
    }

    private static void CheckAbsentLabels(string text, YamlScalarNode node, string template, IReadOnlySet<string>? absentLabels, string where, string name, FindingSink sink)
    {
        if (absentLabels is null)
        {
            return;
        }

        foreach (var prefix in (string[])["$labels.", ".Labels."])
        {
            for (var at = template.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = template.IndexOf(prefix, at + 1, StringComparison.Ordinal))
            {
                var start = at + prefix.Length;
                var end = start;
                while (end < template.Length && (char.IsAsciiLetterOrDigit(template[end]) || template[end] == '_'))
                {
                    end++;
                }

                var label = template[start..end];
                if (label.Length > 0 && !absentLabels.Contains(label))
                {
                    Add(sink, PolicyRules.AlertAbsentMisuse, text, node, at, $"{where} of alert '{name}' reads $labels.{label}, but absent() only returns the labels of its equality matchers, so it renders empty.");
                }
            }
        }
    }

    private static void Add(FindingSink sink, PolicyRule rule, string text, YamlScalarNode node, int index, string detail)
    {
        var (line, column) = ScalarPositions.Locate(text, node, index);
        sink.Add(rule, line, column, detail);
    }
}
