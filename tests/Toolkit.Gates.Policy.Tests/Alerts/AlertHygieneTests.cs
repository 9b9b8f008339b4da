using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class AlertHygieneTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("alert-hygiene-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Reports_a_syntax_error_in_a_block_scalar_at_the_files_line_and_column()
    {
        // Given an expr: | block whose second line has an unknown function at column 11
        var findings = await RunAsync("""
            groups:
              - name: g
                rules:
                  - record: job:errors:rate5m
                    expr: |
                      sum by (job) (
                        rated(errors_total[5m])
                      )
            """);

        // Then the finding points into the file, not into the expression
        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/promql-syntax");
        Assert.Equal((7, 13), (finding.Location!.Line, finding.Location.Column));
        Assert.Contains("unknown function with name \"rated\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("        expr: 'sum(rate(x[5m])'", 6, 19)]
    [InlineData("        expr: \"up{job=\\\"a\\\"} >\"", 6, 31)]
    [InlineData("        expr: up{job='a'} +* 1", 6, 28)]
    [InlineData("        expr: 'up{job=''a''} +* 1'", 6, 31)]
    public async Task Reports_a_syntax_error_in_a_flow_scalar_at_the_files_column(string exprLine, int line, int column)
    {
        var findings = await RunAsync($"""
            groups:
              - name: g
                rules:
                  - record: r
                    labels: {"{"}x: y{"}"}
            {exprLine}
            """);

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/promql-syntax");
        Assert.Equal((line, column), (finding.Location!.Line, finding.Location.Column));
    }

    [Fact]
    public async Task Flags_a_paging_alert_without_for_but_not_a_warning()
    {
        var findings = await RunAsync(Alert("Down", "up == 0", "critical", forLine: "for: 0m") + Alert("Slow", "up == 0", "warning", forLine: null) + Alert("Ok", "up == 0", "critical", forLine: "for: 5m"));

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/for-missing");
        Assert.Equal(6, finding.Location!.Line);
        Assert.Contains("'Down'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_the_query_value_in_a_label_but_not_in_an_annotation()
    {
        var findings = await RunAsync("""
            groups:
              - name: g
                rules:
                  - alert: Full
                    expr: disk_used_ratio > 0.9
                    for: 5m
                    labels:
                      severity: warning
                      usage: '{{ $value | humanizePercentage }}'
                    annotations:
                      summary: 'Disk {{ $labels.device }} at {{ $value | humanizePercentage }}'
            """);

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/label-template");
        Assert.Equal((9, 22), (finding.Location!.Line, finding.Location.Column));
    }

    [Fact]
    public async Task Flags_rate_over_less_than_two_scrape_intervals_honouring_the_option()
    {
        var rules = Alert("A", "rate(x[1m]) > 1", "warning", "for: 5m") + Alert("B", "increase(x[2m]) > 1", "warning", "for: 5m");

        var findings = await RunAsync(rules);
        var slow = await RunAsync(rules, new PolicyOptions { ScrapeInterval = TimeSpan.FromMinutes(2) });

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/rate-range");
        Assert.Equal((5, 17), (finding.Location!.Line, finding.Location.Column));
        Assert.Equal(2, slow.Count(f => f.RuleId == "policy/alerts/rate-range"));
    }

    [Fact]
    public async Task Flags_absent_over_an_operation_and_templates_reading_labels_absent_cannot_return()
    {
        var findings = await RunAsync("""
            groups:
              - name: g
                rules:
                  - alert: Gone
                    expr: absent(up{job="api"} == 1)
                    for: 5m
                    labels: {severity: warning}
                  - alert: Missing
                    expr: absent(up{job="api"})
                    for: 5m
                    labels: {severity: warning}
                    annotations:
                      summary: "{{ $labels.job }} on {{ $labels.instance }} is gone"
            """);

        Assert.Equal([(5, 15), (13, 45)], findings.Where(f => f.RuleId == "policy/alerts/absent-misuse").Select(f => (f.Location!.Line, f.Location.Column)).ToList());
    }

    [Fact]
    public async Task Flags_a_duplicate_alert_with_the_same_labels_but_not_another_severity()
    {
        var findings = await RunAsync(Alert("Dup", "up == 0", "warning", "for: 5m") + Alert("Dup", "up == 0", "warning", "for: 5m") + Alert("Dup", "up == 0", "critical", "for: 5m"));

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/duplicate-name");
        Assert.Equal(8, finding.Location!.Line);
    }

    [Fact]
    public async Task Flags_an_unknown_template_function_but_accepts_go_and_prometheus_ones()
    {
        var findings = await RunAsync("""
            groups:
              - name: g
                rules:
                  - alert: Slow
                    expr: latency_seconds > 1
                    for: 5m
                    labels: {severity: warning}
                    annotations:
                      summary: '{{ printf "%.2f" $value }} {{ $labels.job | toUpper }} {{ with query "up" }}{{ . | first | value | humanize }}{{ end }}'
                      description: '{{ humanise $value }}'
            """);

        var finding = Assert.Single(findings, f => f.RuleId == "policy/alerts/template-function");
        Assert.Equal((10, 28), (finding.Location!.Line, finding.Location.Column));
        Assert.Contains("'humanise'", finding.Message, StringComparison.Ordinal);
    }

    private static string Alert(string name, string expr, string severity, string? forLine) => $"""

              - alert: {name}
                expr: {expr}
                {forLine ?? "annotations: {}"}
                labels: {"{"}severity: {severity}{"}"}
        """;

    private async Task<IReadOnlyList<Finding>> RunAsync(string rules, PolicyOptions? options = null)
    {
        var text = rules.StartsWith("groups:", StringComparison.Ordinal) ? rules : "groups:\n  - name: g\n    rules:" + rules.Replace("\n", "\n  ", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(root, "rules.yml"), text + "\n");
        var outcome = await PolicyRun.EvaluateAsync(root, (options ?? new PolicyOptions()) with { Packs = ["alerts"] });
        return outcome.Findings;
    }
}
