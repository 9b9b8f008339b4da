using System.Text.Json;
using Toolkit.Cli;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Slo.Tests.Fixtures;
using Toolkit.Testing;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.Slo.Tests.Cli;

[Collection(PrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class SloCommandTests(PrometheusFixture prometheus, ProbeAppFixture app)
{
    [Fact]
    public async Task Gate_slo_evaluates_real_prometheus_and_real_probes_into_the_release_contract_verdict()
    {
        // Given a repository whose gates.yml points at golden_paths.yaml, with an SLI, a latency SLI and a probe
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "version: 1\nsettings:\n  environment: stage\ngates:\n  slo-gates:\n    golden_paths: slo/golden_paths.yaml\n    probe_count: 20\n");
        repo.Write("slo/golden_paths.yaml", "golden_paths:\n  - name: checkout\n    owner: team-shop\n    thresholds: [p95_ms<=150, error_rate<0.01, burn==0]\n    slis:\n"
            + SloHarness.RatioSli("healthy")
            + "\n      - name: latency\n        latency:\n          p95_ms: max(max_over_time(http_request_duration_p95_seconds{service=\"healthy\"}[{{window}}]))"
            + "\n    probe:\n      url: ${BASE_URL}/ok\n      expect_body: ok\n");

        // When `gate slo` runs with the URLs and the evaluation time on the command line
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GateCli.RunAsync(
            ["slo", "--repo", repo.Path, "--prometheus-url", prometheus.Url.ToString(), "--base-url", app.BaseUrl.ToString(), "--at", prometheus.End.ToString("O")],
            new CliConsole(output, error, IsOutputRedirected: true),
            RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal) { ["CI"] = "true" }),
            GateCatalog.BuiltIn,
            CancellationToken.None);

        // Then it passes and writes the verdict shape of the release contract
        Assert.True(exit == ExitCodes.Passed, output + error.ToString());
        using var verdict = JsonDocument.Parse(await File.ReadAllTextAsync(repo.Combine("artifacts", "gates", "slo-gates.verdict.json")));
        var root = verdict.RootElement;
        Assert.Equal("slo-gates", root.GetProperty("gate").GetString());
        Assert.Equal("pass", root.GetProperty("verdict").GetString());
        var metrics = root.GetProperty("metrics");
        Assert.Equal(0, metrics.GetProperty("burn").GetDouble());
        Assert.InRange(metrics.GetProperty("error_rate").GetDouble(), 0, 0.01);
        Assert.InRange(metrics.GetProperty("p95_ms").GetDouble(), 127, 150);
        var expressions = root.GetProperty("thresholds").EnumerateArray().Select(t => t.GetProperty("expression").GetString()).Distinct();
        Assert.Equal(["p95_ms<=150", "error_rate<0.01", "burn==0"], expressions);
        Assert.Contains(root.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("path").GetString() == "slo-gates/slo/checkout.json");
        Assert.Empty(KnownSchemas.Validator.Validate(root, KnownSchemas.Verdict));
    }

    [Fact]
    public async Task Gate_slo_rules_writes_the_rules_of_the_configured_golden_paths_file_and_notes_what_it_skips()
    {
        // Given gates.yml pointing at an OpenSLO file with one Prometheus SLO and one on Datadog
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    golden_paths: slo/openslo.yaml\n");
        repo.Write("slo/openslo.yaml", """
            apiVersion: openslo/v1
            kind: SLO
            metadata: {name: web}
            spec:
              service: web
              budgetingMethod: Occurrences
              indicator:
                metadata: {name: web-errors}
                spec:
                  ratioMetric:
                    bad: {metricSource: {type: Prometheus, spec: {query: 'http_requests_total{code="500"}'}}}
                    total: {metricSource: {type: Prometheus, spec: {query: http_requests_total}}}
              objectives: [{target: 0.999}]
            ---
            apiVersion: openslo/v1
            kind: SLO
            metadata: {name: dd}
            spec:
              service: web
              budgetingMethod: Occurrences
              indicator:
                metadata: {name: dd-errors}
                spec:
                  ratioMetric:
                    bad: {metricSource: {type: Datadog, spec: {query: errors}}}
                    total: {metricSource: {type: Datadog, spec: {query: total}}}
              objectives: [{target: 0.99}]
            """);

        // When `gate slo rules` writes the rule file
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GateCli.RunAsync(
            ["slo", "rules", "--repo", repo.Path, "--out", "prometheus/slo.rules.yml"],
            new CliConsole(output, error, IsOutputRedirected: true),
            RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal)),
            GateCatalog.BuiltIn,
            CancellationToken.None);

        // Then the Prometheus SLO has rules that promtool accepts, and the Datadog one is named with its line
        Assert.True(exit == ExitCodes.Passed, output + error.ToString());
        Assert.Contains("note: no rules for web/dd: slo/openslo.yaml:25:", error.ToString(), StringComparison.Ordinal);
        var rules = repo.Combine("prometheus", "slo.rules.yml");
        Assert.Contains("sum(rate(http_requests_total{code=\"500\",}[5m]))", await File.ReadAllTextAsync(rules), StringComparison.Ordinal);
        var (check, checkOutput) = await Promtool.RunAsync("check", "rules", rules);
        Assert.True(check == 0, checkOutput);
    }

    [Fact]
    public async Task Gate_slo_help_lists_its_options()
    {
        // Given the built-in catalog
        using var output = new StringWriter();

        // When help is asked for
        await GateCli.RunAsync(["slo", "--help"], new CliConsole(output, TextWriter.Null, IsOutputRedirected: true), RunEnvironment.From(new Dictionary<string, string>(StringComparer.Ordinal)), GateCatalog.BuiltIn, CancellationToken.None);

        // Then every option of the issue is there
        foreach (var option in new[] { "--golden-paths", "--prometheus-url", "--base-url", "--at", "--baseline-selector", "--canary-selector" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }
}
