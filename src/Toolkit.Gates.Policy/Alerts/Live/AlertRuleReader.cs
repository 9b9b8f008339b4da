using Toolkit.Gates.Policy.Alerts.PromQl;

namespace Toolkit.Gates.Policy.Alerts.Live;

/// <summary>Reads the alerting and recording rules of a Prometheus rule file (or a PrometheusRule's spec).</summary>
internal static class AlertRuleReader
{
    public static RuleSet Read(string path, YamlNode root)
    {
        var alerts = new List<AlertRule>();
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in (root.Get("groups") ?? root.Path("spec", "groups")).Items())
        {
            var groupName = group.Text("name") ?? "?";
            var interval = PromDuration.Parse(group.Text("interval"));
            foreach (var rule in group.Get("rules").Items())
            {
                if (rule.Text("record") is { } record)
                {
                    recorded.Add(record);
                }

                if (rule.Entry("alert") is not { } alert || rule.Get("expr") is not YamlScalarNode expr || expr.Value is null)
                {
                    continue;
                }

                var labels = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in rule.Get("labels").Pairs())
                {
                    labels[key.Text() ?? string.Empty] = value.Text() ?? string.Empty;
                }

                alerts.Add(new AlertRule(
                    path,
                    (int)alert.Key.Start.Line,
                    (int)alert.Key.Start.Column,
                    (int)rule.End.Line,
                    (int)expr.Start.Line,
                    alert.Value.Text() ?? "?",
                    groupName,
                    expr.Value,
                    PromDuration.Parse(rule.Text("for")) ?? TimeSpan.Zero,
                    PromDuration.Parse(rule.Text("keep_firing_for")) ?? TimeSpan.Zero,
                    interval,
                    labels.GetValueOrDefault("severity"),
                    labels));
            }
        }

        return new RuleSet(alerts, recorded);
    }
}
