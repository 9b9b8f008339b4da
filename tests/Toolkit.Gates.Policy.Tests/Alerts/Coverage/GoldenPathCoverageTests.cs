using Toolkit.Gates.Policy.Alerts.Coverage;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Alerts.PromQl;
using Toolkit.Gates.Policy.Yaml;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Alerts.Coverage;

/// <summary>policy/alerts/golden-path-uncovered: every golden path needs a multi-window burn-rate alert.</summary>
public sealed class GoldenPathCoverageTests
{
    private static readonly string Sloth = Path.Combine(RepositoryPaths.Shared, "corpus", "slo", "slok+sloth", "examples");

    [Fact]
    public void Every_sloth_example_is_covered_by_the_alerts_sloth_generated_for_it_except_those_without_alerts()
    {
        // Given each Sloth example and the rules Sloth generated from it (examples/_gen)
        var uncovered = new List<string>();
        var specs = Directory.GetFiles(Sloth).Where(f => File.Exists(Path.Combine(Sloth, "_gen", Path.GetFileName(f)))).Order(StringComparer.Ordinal).ToList();
        foreach (var spec in specs)
        {
            var (paths, error) = GoldenPathNames.Read(Path.GetFileName(spec), File.ReadAllText(spec));
            Assert.Null(error);
            Assert.NotEmpty(paths);
            var rules = ReadRules(Path.Combine(Sloth, "_gen", Path.GetFileName(spec)));

            // Then every alert Sloth generated is recognised as multi-window burn-rate
            Assert.All(rules.Alerts, a => Assert.True(BurnRateAlerts.IsMultiWindowBurnRate(a.Parsed!), $"{a.Where}: {a.Expr}"));
            uncovered.AddRange(GoldenPathCoverage.Check(paths, rules).Select(f => $"{Path.GetFileName(spec)}:{f.Location!.Line} {f.Message.Split('\'')[1]}"));
        }

        // And only the examples Sloth generated no alerts for (alerting disabled; OpenSLO has no alerting) are uncovered
        Assert.Equal(18, specs.Count);
        Assert.Equal(
        [
            "no-alerts.yml:8 myapp",
            "openslo-getting-started.yml:12 my-service",
            "openslo-kubernetes-apiserver.yml:14 k8s-apiserver",
        ], uncovered);
    }

    [Theory]
    [InlineData("(sum(rate(errors_total{service=\"checkout\"}[5m])) / sum(rate(requests_total{service=\"checkout\"}[5m])) > 14.4 * 0.001) and (sum(rate(errors_total{service=\"checkout\"}[1h])) / sum(rate(requests_total{service=\"checkout\"}[1h])) > 14.4 * 0.001)", true)]
    [InlineData("checkout:burnrate5m > 14.4 * 0.001 and checkout:burnrate1h > 14.4 * 0.001", true)]
    [InlineData("max_over_time((rate(errors_total[5m]) > 1)[30m:1m]) and rate(errors_total[30m]) >= 2", true)]
    [InlineData("sum(rate(errors_total{service=\"checkout\"}[5m])) / sum(rate(requests_total{service=\"checkout\"}[5m])) > 0.01", false)]
    [InlineData("rate(errors_total[5m]) > 1 and rate(requests_total[5m]) > 10", false)]
    [InlineData("rate(errors_total[5m]) and rate(errors_total[1h])", false)]
    [InlineData("slo:sli_error:ratio_rate5m > 0.01 or slo:sli_error:ratio_rate1h > 0.01", false)]
    public void Recognises_a_multi_window_burn_rate_expression(string expr, bool expected) =>
        Assert.Equal(expected, BurnRateAlerts.IsMultiWindowBurnRate(PromParser.Parse(expr).Expr!));

    [Fact]
    public async Task A_golden_path_with_only_a_single_window_alert_is_reported_at_its_line_in_the_golden_paths_file()
    {
        // Given slo-gates with two golden paths with SLIs (and one probed only), and burn-rate alerts for checkout only
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    golden_paths: slo/golden_paths.yaml\n  policy-ci:\n    packs: [alerts]\n");
        repo.Write("slo/golden_paths.yaml", """
            golden_paths:
              - name: checkout
                slis:
                  - {name: availability, error_query: 'sum(rate(errors_total{service="checkout"}[{{.window}}]))', total_query: 'sum(rate(requests_total{service="checkout"}[{{.window}}]))', objective: 99.9}
              - name: search
                slis:
                  - {name: availability, error_query: 'sum(rate(errors_total{service="search"}[{{.window}}]))', total_query: 'sum(rate(requests_total{service="search"}[{{.window}}]))', objective: 99.9}
              - name: homepage
                probe: {url: /}
            """);
        repo.Write("rules/slo.yml", """
            groups:
              - name: slo
                rules:
                  - alert: CheckoutErrorBudgetBurn
                    expr: (sum(rate(errors_total{service="checkout"}[5m])) / sum(rate(requests_total{service="checkout"}[5m])) > 14.4 * 0.001) and (sum(rate(errors_total{service="checkout"}[1h])) / sum(rate(requests_total{service="checkout"}[1h])) > 14.4 * 0.001)
                    for: 2m
                    labels: {severity: page, team: shop}
                    annotations: {runbook_url: https://runbooks/checkout}
                  - alert: SearchErrors
                    expr: sum(rate(errors_total{service="search"}[5m])) > 1
                    for: 5m
                    labels: {severity: page, team: search}
                    annotations: {runbook_url: https://runbooks/search}
            """);

        // When policy-ci runs
        var outcome = await PolicyRun.GateAsync(repo.Path);

        // Then search is uncovered, at its name in the golden paths file; checkout is covered; homepage has no SLIs
        var finding = Assert.Single(outcome.Findings, f => f.RuleId == "policy/alerts/golden-path-uncovered");
        Assert.Equal(("slo/golden_paths.yaml", 5), (finding.Location!.Path, finding.Location.Line));
        Assert.StartsWith("Golden path 'search' has no multi-window burn-rate alert", finding.Message, StringComparison.Ordinal);
    }

    private static RuleSet ReadRules(string path)
    {
        var yaml = YamlFile.Parse(Path.GetFileName(path), File.ReadAllText(path), out var error);
        Assert.Null(error);
        return yaml!.Documents.Where(d => Policy.Alerts.AlertPolicy.IsRuleFile(d.RootNode)).Aggregate(RuleSet.Empty, (set, d) => set.Add(AlertRuleReader.Read(Path.GetFileName(path), d.RootNode)));
    }
}
