namespace Toolkit.Gates.Policy.Alerts;

/// <summary>Prometheus alerting-rule hygiene: severity label and runbook_url annotation on every alert, an owner label on paging ones.</summary>
internal static class AlertPolicy
{
    /// <summary>True for a Prometheus rule file: <c>groups[].rules[]</c> (also inside a PrometheusRule's spec).</summary>
    public static bool IsRuleFile(YamlNode root) => Groups(root) is YamlSequenceNode groups && groups.Children.Any(g => g.Get("rules") is YamlSequenceNode);

    /// <param name="path">The rule file's repository-relative path.</param>
    /// <param name="disabled">The current ids of the rules switched off.</param>
    public static AlertPolicyResult Check(string path, YamlNode root, PolicyOptions options, IReadOnlySet<string> disabled)
    {
        var sink = new FindingSink(path, disabled);
        var stats = AlertStats.Empty;
        foreach (var group in Groups(root).Items())
        {
            foreach (var rule in group.Get("rules").Items())
            {
                if (rule.Entry("alert") is not { } alert)
                {
                    continue; // recording rules have no labels to check
                }

                stats = stats.Add(CheckAlert(rule, alert.Key, alert.Value.Text() ?? "?", options, sink));
            }
        }

        return new AlertPolicyResult(sink.Findings, stats);
    }

    private static AlertStats CheckAlert(YamlNode rule, YamlScalarNode alertKey, string name, PolicyOptions options, FindingSink sink)
    {
        var labels = rule.Get("labels");
        var severity = labels.Text("severity");
        if (string.IsNullOrWhiteSpace(severity))
        {
            sink.Add(PolicyRules.AlertSeverity, rule.Entry("labels")?.Key ?? alertKey, $"Alert '{name}' has no severity label.");
        }

        var runbook = !string.IsNullOrWhiteSpace(rule.Path("annotations", "runbook_url").Text());
        if (!runbook)
        {
            sink.Add(PolicyRules.AlertRunbook, rule.Entry("annotations")?.Key ?? alertKey, $"Alert '{name}' has no runbook_url annotation.");
        }

        // Owner labels are an organisation's convention; the release contract asks them of paging (Sev1/Sev2) alerts only.
        var paging = severity is not null && options.PagingSeverities.Contains(severity, StringComparer.OrdinalIgnoreCase);
        var owner = options.AlertOwnerLabels.Any(l => !string.IsNullOrWhiteSpace(labels.Text(l)));
        if (!owner && paging)
        {
            sink.Add(PolicyRules.AlertOwner, rule.Entry("labels")?.Key ?? alertKey, $"Paging alert '{name}' (severity {severity}) has none of the owner labels {string.Join(", ", options.AlertOwnerLabels)} (alert_owner_labels).");
        }

        return new AlertStats(1, paging ? 1 : 0, paging && runbook ? 1 : 0, paging && owner ? 1 : 0);
    }

    private static YamlNode? Groups(YamlNode root) => root.Get("groups") ?? root.Path("spec", "groups");
}
