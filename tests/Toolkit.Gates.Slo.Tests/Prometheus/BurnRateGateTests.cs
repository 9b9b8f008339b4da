using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Tests.Fixtures;

namespace Toolkit.Gates.Slo.Tests.Prometheus;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class BurnRateGateTests(PrometheusFixture prometheus)
{
    [Fact]
    public async Task A_healthy_service_passes_with_most_of_its_budget_left()
    {
        // Given a golden path over a service failing 0.05% of requests against a 99.9% objective
        using var harness = Harness("healthy", "[error_rate<0.01, burn==0, p95_ms<=150]",
            "\n      - name: latency\n        latency:\n          p95_ms: max(max_over_time(http_request_duration_p95_seconds{service=\"healthy\"}[{{window}}]))");

        // When the gate evaluates at the end of the data
        var verdict = await harness.RunAsync(Gate());

        // Then it passes with the release contract's metrics
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Equal(0, verdict.Metrics["burn"]);
        Assert.Equal(127, verdict.Metrics["p95_ms"], 3);
        Assert.InRange(verdict.Metrics["error_rate"], 0.0004, 0.0006);
        Assert.InRange(verdict.Metrics["budget_remaining"], 0.4, 0.6);
        Assert.All(verdict.Thresholds, t => Assert.True(t.Passed, t.Name));
        var summary = Assert.Single(verdict.Findings, f => f.RuleId == "slo/summary").Message;
        Assert.Contains("availability: 99.95% good over 1h (objective 99.9%)", summary, StringComparison.Ordinal);
        Assert.Contains("burn 1h/5m 0.5/0.5", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fast_burn_fails_with_the_page_rule()
    {
        // Given a service that started failing 20% of requests an hour ago
        using var harness = Harness("fastburn", "[burn==0]");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then the 1h/5m page rule fires and the gate fails at the SLI's line
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        var page = Assert.Single(verdict.Findings, f => f.RuleId == "slo/burn-rate-page");
        Assert.Equal(Severity.Error, page.Severity);
        Assert.Contains("above 14.4", page.Message, StringComparison.Ordinal);
        Assert.Equal(("golden_paths.yaml", 6), (page.Location!.Path, page.Location.Line));
        Assert.True(verdict.Metrics["burn"] > 14.4);
    }

    [Fact]
    public async Task A_slow_burn_warns_with_the_ticket_rule()
    {
        // Given a service failing 0.15% of requests for days: 1.5x burn against 99.9%
        using var harness = Harness("slowburn", "[burn==0]");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then only the 3d/6h ticket rule fires: a warning, and burn (page-level) stays 0
        Assert.Equal(VerdictStatus.Warn, verdict.Verdict);
        var ticket = Assert.Single(verdict.Findings, f => f.RuleId == "slo/burn-rate-ticket");
        Assert.Contains("over 3d", ticket.Message, StringComparison.Ordinal);
        Assert.Equal(0, verdict.Metrics["burn"]);
    }

    [Fact]
    public async Task A_slow_burn_fails_when_tickets_are_configured_to_fail()
    {
        // Given ticket: fail in gates.yml
        using var harness = Harness("slowburn", "[burn==0]", config: "    ticket: fail\n");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then the ticket-level burn fails the gate
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        Assert.Equal(Severity.Error, Assert.Single(verdict.Findings, f => f.RuleId == "slo/burn-rate-ticket").Severity);
    }

    [Fact]
    public async Task A_service_without_data_fails_closed()
    {
        // Given an SLI over a service Prometheus has never seen
        using var harness = Harness("ghost", "[burn==0]");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then the verdict is error, naming the query and the SLI's line
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var noData = Assert.Single(verdict.Findings, f => f.RuleId == "slo/no-data");
        Assert.Contains("empty result", noData.Message, StringComparison.Ordinal);
        Assert.Equal(6, noData.Location!.Line);
    }

    [Fact]
    public async Task No_data_only_warns_when_the_sli_says_on_no_data_warn()
    {
        // Given the same missing service with on_no_data: warn
        using var harness = Harness("ghost", "[burn==0]", sliExtra: "\n        on_no_data: warn");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then it warns instead of failing closed
        Assert.Equal(VerdictStatus.Warn, verdict.Verdict);
        Assert.Equal(Severity.Warning, Assert.Single(verdict.Findings, f => f.RuleId == "slo/no-data").Severity);
    }

    [Fact]
    public async Task A_service_that_never_failed_has_an_error_rate_of_zero_not_missing_data()
    {
        // Given a service with a total counter and no 5xx series at all
        using var harness = Harness("quiet", "[error_rate==0, burn==0]");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then it passes with zero errors
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Equal(0, verdict.Metrics["error_rate"]);
    }

    [Fact]
    public async Task A_query_prometheus_rejects_fails_closed_with_its_error()
    {
        // Given a query that does not parse
        using var harness = new SloHarness()
            .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n")
            .WithGoldenPaths("golden_paths:\n  - name: broken\n    slis:\n      - name: x\n        error_ratio_query: sum(rate(oops{[{{window}}]))\n");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then the verdict is error with Prometheus's own message
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("Prometheus bad_data", Assert.Single(verdict.Findings, f => f.RuleId == "slo/no-data").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_returning_several_series_fails_closed_and_asks_for_an_aggregate()
    {
        // Given a ratio query that is not aggregated (one series per status code)
        using var harness = new SloHarness()
            .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n")
            .WithGoldenPaths("golden_paths:\n  - name: raw\n    slis:\n      - name: x\n        error_ratio_query: rate(http_requests_total{service=\"healthy\"}[{{window}}])\n");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then it is an error that says how to fix the query
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("returned 2 series; aggregate it to one", Assert.Single(verdict.Findings, f => f.RuleId == "slo/no-data").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_prometheus_fails_closed()
    {
        // Given a Prometheus URL nothing listens on
        using var harness = new SloHarness()
            .WithConfig("    prometheus_url: http://127.0.0.1:1\n")
            .WithGoldenPaths("golden_paths:\n  - name: checkout\n    slis:\n" + SloHarness.RatioSli("healthy") + "\n");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then the verdict is error and says Prometheus is unreachable
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("unreachable", verdict.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_holds_a_json_report_and_a_burn_chart_per_golden_path()
    {
        // Given the fast-burning service
        using var harness = Harness("fastburn", "[burn==0]");

        // When the gate evaluates
        var verdict = await harness.RunAsync(Gate());

        // Then slo/<path>.json and the SVG chart are evidence with their hashes
        Assert.Equal(["slo-gates/slo/checkout.burn.svg", "slo-gates/slo/checkout.json"], verdict.Evidence.Select(e => e.Path).Order(StringComparer.Ordinal));
        var json = await File.ReadAllTextAsync(Path.Combine(harness.OutputDirectory, "slo-gates", "slo", "checkout.json"));
        Assert.Contains("\"pair\": \"1h/5m\"", json, StringComparison.Ordinal);
        Assert.Contains("\"fires\": true", json, StringComparison.Ordinal);
        var svg = await File.ReadAllTextAsync(Path.Combine(harness.OutputDirectory, "slo-gates", "slo", "checkout.burn.svg"));
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("#d73a49", svg, StringComparison.Ordinal);
    }

    private SloHarness Harness(string service, string thresholds, string extraSlis = "", string config = "", string sliExtra = "") =>
        new SloHarness()
            .WithConfig($"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n{config}")
            .WithGoldenPaths($"golden_paths:\n  - name: checkout\n    owner: team-shop\n    thresholds: {thresholds}\n    slis:\n{SloHarness.RatioSli(service, extra: sliExtra)}{extraSlis}\n");

    private static SloGate Gate() => new();
}
