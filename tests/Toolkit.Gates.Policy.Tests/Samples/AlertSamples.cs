namespace Toolkit.Gates.Policy.Tests.Samples;

/// <summary>Prometheus rule files: one with an alert missing each label (marked), and one that is clean.</summary>
internal static class AlertSamples
{
    public const string Bad = """
        groups:
          - name: web
            rules:
              - record: job:http_requests:rate5m
                expr: sum by (job) (rate(http_requests_total[5m]))
              - alert: HighErrorRate # expect: policy/alerts/for-missing
                expr: job:http_errors:ratio5m > 0.05
                labels: # expect: policy/alerts/missing-owner
                  severity: critical
                annotations: # expect: policy/alerts/missing-runbook
                  summary: Too many errors
              - alert: Noisy # expect: policy/alerts/missing-runbook
                expr: up == 0
                labels: # expect: policy/alerts/missing-severity
                  team: ""
              - alert: Documented # expect: policy/alerts/for-missing
                expr: up == 0
                labels: {severity: page, owner: sre}
                annotations: {runbook_url: "https://runbooks.example.com/up"}
        """;

    public const string Good = """
        groups:
          - name: web
            rules:
              - alert: HighErrorRate
                expr: job:http_errors:ratio5m > 0.05
                for: 5m
                labels:
                  severity: critical
                  owner: web-team
                annotations:
                  runbook_url: https://runbooks.example.com/high-error-rate
        """;
}
