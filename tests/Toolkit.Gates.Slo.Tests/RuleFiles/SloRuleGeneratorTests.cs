using System.Text.RegularExpressions;
using Toolkit.Gates.Slo.RuleFiles;
using Toolkit.Gates.Slo.Tests.Corpus;
using Toolkit.Gates.Slo.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.RuleFiles;

[Trait("Needs", "Prometheus")]
public sealed partial class SloRuleGeneratorTests
{
    [Fact]
    public async Task Rules_for_every_measurable_corpus_slo_pass_promtool_check_rules_with_every_lint()
    {
        // Given the rules generated for every corpus input that has SLOs on Prometheus
        using var scratch = new TempDirectory();
        var files = new List<string>();
        var slos = 0;
        foreach (var (name, file) in SloCorpus.Inputs(scratch))
        {
            var loaded = SloCorpus.Load(file, name);
            if (loaded.IsValid && SloRuleGenerator.Generate(loaded.Value!) is { Slos: > 0 } rules)
            {
                files.Add(scratch.Write($"rules-{files.Count}.yml", rules.Yaml));
                slos += rules.Slos;
            }
        }

        // When promtool checks them, lint errors fatal
        var (exit, output) = await Promtool.RunAsync(["check", "rules", "--lint=all", "--lint-fatal", .. files]);

        // Then all are valid rules: 73 inputs with 82 SLOs, all of the corpus table's measurable ones
        Assert.True(exit == 0, output);
        Assert.Equal((73, 82), (files.Count, slos));
    }

    [Fact]
    public void Rules_for_sloth_getting_started_have_the_records_and_thresholds_sloth_generates()
    {
        // Given Sloth's getting-started spec and the rules Sloth generated for it (examples/_gen)
        var folder = Path.Combine(SloCorpus.Folder, "slok+sloth", "examples");
        var loaded = SloCorpus.Load(Path.Combine(folder, "getting-started.yml"), "getting-started.yml");
        var sloth = File.ReadAllText(Path.Combine(folder, "_gen", "getting-started.yml"));

        // When slo-gates generates its rules
        var ours = SloRuleGenerator.Generate(loaded.Value!).Yaml;

        // Then the recording rules are Sloth's, and the alerts compare against the same factors
        Assert.Equal(Records(sloth), Records(ours));
        foreach (var factor in new[] { "14.4", "6", "3", "1" })
        {
            Assert.Contains($"> ({factor} * 0.001)", ours, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_generated_page_alert_fires_for_a_fast_burn_and_stays_silent_for_a_healthy_service()
    {
        // Given a Sloth spec per service and their generated rules
        using var scratch = new TempDirectory();
        var spec = scratch.Write("slos.yaml", """
            version: prometheus/v1
            service: fastburn
            slos:
              - name: availability
                objective: 99.9
                sli:
                  events:
                    error_query: sum(rate(http_requests_total{service="fastburn",code="500"}[{{.window}}]))
                    total_query: sum(rate(http_requests_total{service="fastburn"}[{{.window}}]))
                alerting: {name: FastBurnBudget}
            ---
            version: prometheus/v1
            service: healthy
            slos:
              - name: availability
                objective: 99.9
                sli:
                  events:
                    error_query: sum(rate(http_requests_total{service="healthy",code="500"}[{{.window}}]))
                    total_query: sum(rate(http_requests_total{service="healthy"}[{{.window}}]))
                alerting: {name: HealthyBudget}
            """);
        scratch.Write("rules.yml", SloRuleGenerator.Generate(SloCorpus.Load(spec, "slos.yaml").Value!).Yaml);

        // And a unit test for Prometheus's own rule evaluation: 0.05% errors for 2 hours, then 20% on fastburn only
        var test = scratch.Write("test.yml", $"""
            rule_files: [rules.yml]
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  - {Series("fastburn", "500", "0+1x120 320+200x59")}
                  - {Series("fastburn", "200", "0+1999x120 240680+800x59")}
                  - {Series("healthy", "500", "0+1x180")}
                  - {Series("healthy", "200", "0+1999x180")}
                alert_rule_test:
                  - eval_time: 150m
                    alertname: FastBurnBudget
                    exp_alerts:
            {Expected("fastburn", "page")}
            {Expected("fastburn", "ticket")}
                  - eval_time: 150m
                    alertname: HealthyBudget
                    exp_alerts: []
                  - eval_time: 110m
                    alertname: FastBurnBudget
                    exp_alerts: []
            """);

        // When promtool evaluates the rules over the series
        var (exit, output) = await Promtool.RunAsync("test", "rules", test);

        // Then the fast burn pages and tickets 30 minutes into the burn, not before it; the healthy service never alerts
        Assert.True(exit == 0, output);
        Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
    }

    private static string Series(string service, string code, string values) =>
        $"{{series: 'http_requests_total{{service=\"{service}\",code=\"{code}\"}}', values: '{values}'}}";

    private static string Expected(string service, string severity) => $$"""
                      - exp_labels: {sloth_id: {{service}}-availability, sloth_service: {{service}}, sloth_slo: availability, sloth_severity: {{severity}}}
                        exp_annotations: {title: "({{severity}}) {{service}} availability SLO error budget burn rate is too fast."}
        """;

    private static List<string> Records(string yaml) => [.. RecordName().Matches(yaml).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"record: (\S+)")]
    private static partial Regex RecordName();
}
