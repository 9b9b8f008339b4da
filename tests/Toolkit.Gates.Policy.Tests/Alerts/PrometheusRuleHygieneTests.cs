namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class PrometheusRuleHygieneTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("prometheus-rule-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Checks_a_PrometheusRule_inside_a_helm_rendered_manifest_at_the_files_line()
    {
        // Given helm template output: a Service, then a PrometheusRule whose expr has an unclosed parenthesis
        File.WriteAllText(Path.Combine(root, "rendered.yaml"), """
            ---
            # Source: app/templates/service.yaml
            apiVersion: v1
            kind: Service
            metadata: {name: app}
            spec: {ports: [{port: 80}]}
            ---
            # Source: app/templates/rules.yaml
            apiVersion: monitoring.coreos.com/v1
            kind: PrometheusRule
            metadata: {name: app}
            spec:
              groups:
                - name: app
                  rules:
                    - alert: AppDown
                      expr: >-
                        sum(up{job="app"}
                        == 0
                      for: 5m
                      labels: {severity: warning}

            """);

        // When the alerts pack runs
        var outcome = await PolicyRun.EvaluateAsync(root, new PolicyOptions { Packs = ["alerts"] });

        // Then the syntax error points at the sum( parenthesis, line 18 column 16 of the rendered file
        var finding = Assert.Single(outcome.Findings, f => f.RuleId == "policy/alerts/promql-syntax");
        Assert.Equal(("rendered.yaml", 18, 16), (finding.Location!.Path, finding.Location.Line, finding.Location.Column));
    }
}
