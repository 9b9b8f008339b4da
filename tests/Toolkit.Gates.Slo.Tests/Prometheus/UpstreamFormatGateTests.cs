using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Prometheus;

/// <summary>OpenSLO, Sloth and Pyrra files drive the same gate as the own format: burn rates, budgets and canary comparison.</summary>
[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class UpstreamFormatGateTests(PrometheusFixture prometheus)
{
    [Theory]
    [InlineData("fastburn", VerdictStatus.Fail)]
    [InlineData("healthy", VerdictStatus.Pass)]
    public async Task An_openslo_v1_list_file_with_bare_counter_selectors_is_judged_by_its_burn_rate(string service, VerdictStatus expected)
    {
        // Given OpenSLO v1 written as a YAML list: a DataSource, an SLI with bare selectors (no {{window}}) and the SLO referencing both
        using var harness = Harness($$$$"""
            - apiVersion: openslo/v1
              kind: DataSource
              metadata: {name: prom}
              spec: {type: Prometheus, connectionDetails: {url: http://prometheus:9090}}
            - apiVersion: openslo/v1
              kind: SLI
              metadata: {name: errors, labels: {team: [web, checkout]}}
              spec:
                ratioMetric:
                  counter: true
                  bad: {metricSource: {metricSourceRef: prom, spec: {query: 'http_requests_total{service="{{{{service}}}}",code="500"}'}}}
                  total: {metricSource: {metricSourceRef: prom, spec: {query: 'http_requests_total{service="{{{{service}}}}"}'}}}
            - apiVersion: openslo/v1
              kind: SLO
              metadata: {name: availability}
              spec:
                service: {{{{service}}}}
                indicatorRef: errors
                budgetingMethod: Occurrences
                timeWindow: [{duration: 30d, isRolling: true}]
                objectives: [{displayName: good, target: 0.999}]
            """);

        // When the gate evaluates
        var verdict = await harness.RunAsync(new SloGate());

        // Then the windowed form measures the same burn as a hand-written query
        Assert.Equal(expected, verdict.Verdict);
        Assert.Equal(expected == VerdictStatus.Fail, verdict.Findings.Any(f => f.RuleId == "slo/burn-rate-page"));
    }

    [Theory]
    [InlineData("fastburn", VerdictStatus.Fail)]
    [InlineData("healthy", VerdictStatus.Pass)]
    public async Task A_pyrra_ratio_objective_is_judged_by_its_burn_rate(string service, VerdictStatus expected)
    {
        // Given a Pyrra ServiceLevelObjective on the synthetic counters
        using var harness = Harness($$$$"""
            apiVersion: pyrra.dev/v1alpha1
            kind: ServiceLevelObjective
            metadata: {name: {{{{service}}}}-errors, namespace: monitoring}
            spec:
              target: "99.9"
              window: 30d
              indicator:
                ratio:
                  errors: {metric: 'http_requests_total{service="{{{{service}}}}",code="500"}'}
                  total: {metric: 'http_requests_total{service="{{{{service}}}}"}'}
            """);

        // When the gate evaluates, then it judges like the own format
        var verdict = await harness.RunAsync(new SloGate());
        Assert.Equal(expected, verdict.Verdict);
    }

    [Theory]
    [InlineData("fastburn", VerdictStatus.Fail)]
    [InlineData("healthy", VerdictStatus.Pass)]
    public async Task An_openslo_timeslices_slo_is_judged_by_the_share_of_bad_slices(string service, VerdictStatus expected)
    {
        // Given a Timeslices SLO: a 2-minute slice is good when at least 99% of its requests succeed
        using var harness = Harness($$$$"""
            apiVersion: openslo/v1
            kind: SLO
            metadata: {name: slices}
            spec:
              service: {{{{service}}}}
              budgetingMethod: Timeslices
              indicator:
                metadata: {name: slices-sli}
                spec:
                  ratioMetric:
                    bad: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{service="{{{{service}}}}",code="500"}'}}}
                    total: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{service="{{{{service}}}}"}'}}}
              objectives: [{target: 0.999, timeSliceTarget: 0.99, timeSliceWindow: 2m}]
            """);

        // When the gate evaluates, then an hour of bad slices pages and a healthy service has none
        var verdict = await harness.RunAsync(new SloGate());
        Assert.Equal(expected, verdict.Verdict);
    }

    [Fact]
    public async Task A_sloth_kubernetes_service_level_is_judged_by_its_burn_rate()
    {
        // Given Sloth's CRD form on the fast-burning service
        using var harness = Harness("""
            apiVersion: sloth.slok.dev/v1
            kind: PrometheusServiceLevel
            metadata: {name: fastburn, namespace: monitoring}
            spec:
              service: fastburn
              slos:
                - name: availability
                  objective: 99.9
                  sli:
                    events:
                      errorQuery: sum(rate(http_requests_total{service="fastburn",code="500"}[{{.window}}]))
                      totalQuery: sum(rate(http_requests_total{service="fastburn"}[{{.window}}]))
            """);

        // When the gate evaluates, then the page rule fails it
        var verdict = await harness.RunAsync(new SloGate());
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Single(verdict.Findings, f => f.RuleId == "slo/burn-rate-page");
    }

    [Fact]
    public async Task Canary_comparison_narrows_openslo_bare_selectors_with_the_selector_slot()
    {
        // Given an OpenSLO SLO on the shop service and a canary section beside it
        using var harness = Harness("""
            golden_paths: []
            canary:
              window: 1h
              objectives:
                - metric: error_rate
                  pass: "<=+10%"
            ---
            apiVersion: openslo/v1
            kind: SLO
            metadata: {name: availability}
            spec:
              service: shop
              budgetingMethod: Occurrences
              indicator:
                metadata: {name: shop-errors}
                spec:
                  ratioMetric:
                    bad: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{service="shop",code="500"}'}}}
                    total: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{service="shop"}'}}}
              objectives: [{target: 0.99}]
            """);

        // When canary (0.5% errors) is compared with the baseline (0.1%)
        var verdict = await harness.RunAsync(new SloGate(new SloOverrides { BaselineSelector = "track=\"stable\"", CanarySelector = "track=\"canary\"" }));

        // Then the comparison sees both tracks apart and fails
        Assert.Contains("canary 0.005 vs baseline 0.001", Assert.Single(verdict.Findings, f => f.RuleId == "slo/canary").Message, StringComparison.Ordinal);
        Assert.Equal(0, verdict.Metrics["canary_score"]);
    }

    [Fact]
    public async Task An_slo_on_a_source_prometheus_cannot_query_fails_closed_naming_slo_type_and_line()
    {
        // Given an OpenSLO SLO reading Datadog
        using var harness = Harness("""
            apiVersion: openslo/v1
            kind: SLO
            metadata: {name: foo-slo}
            spec:
              service: foo
              budgetingMethod: Occurrences
              indicator:
                metadata: {name: foo-error}
                spec:
                  ratioMetric:
                    good:
                      metricSource:
                        type: Datadog
                        spec: {query: "sum:trace.http.request.hits{http.status_code:200}.as_count()"}
                    total:
                      metricSource:
                        type: Datadog
                        spec: {query: "sum:trace.http.request.hits{*}.as_count()"}
              objectives: [{target: 0.98}]
            """);

        // When the gate evaluates
        var verdict = await harness.RunAsync(new SloGate());

        // Then it is an error at the line of the source type, naming the SLO and the type
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var finding = Assert.Single(verdict.Findings);
        Assert.Contains("golden_paths.yaml:13:", finding.Message, StringComparison.Ordinal);
        Assert.Contains("SLO 'foo-slo' reads metricSource type 'Datadog'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(13, finding.Location!.Line);
    }

    [Fact]
    public async Task A_file_of_openslo_alerting_documents_only_is_valid_but_gives_the_gate_nothing_to_measure()
    {
        // Given an AlertNotificationTarget and a Service, valid OpenSLO, but no SLO
        using var harness = Harness("apiVersion: openslo/v1\nkind: AlertNotificationTarget\nmetadata: {name: mail}\nspec: {target: email}\n---\napiVersion: openslo/v1\nkind: Service\nmetadata: {name: web}\nspec: {description: Web}\n");

        // When the gate evaluates, then it fails closed saying what the file holds
        var verdict = await harness.RunAsync(new SloGate());
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("declares no SLO to measure (it holds openslo/v1 AlertNotificationTarget, openslo/v1 Service)", Assert.Single(verdict.Findings).Message, StringComparison.Ordinal);
    }

    private SloHarness Harness(string yaml) => new SloHarness()
        .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n")
        .WithGoldenPaths(yaml);
}
