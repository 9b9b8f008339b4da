using Toolkit.Core.Configuration;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.Slo.Tests.Cli;

public sealed class SloConfigTests
{
    private const string Section = """
        version: 1
        gates:
          slo-gates:
            golden_paths: slo/golden_paths.yaml
            prometheus_url: http://prometheus:9090
            base_url: https://stage.example.com
            at: "2026-11-21T12:00:00Z"
            bearer_token_env: PROMETHEUS_TOKEN
            query_timeout: 5s
            max_concurrency: 4
            probe_count: 30
            probe_budget: 20s
            ticket: fail
            default_thresholds: [p95_ms<=150, error_rate<0.01, burn==0]
            baseline_selector: track="stable"
            canary_selector: track="canary"
        """;

    [Fact]
    public void Every_documented_key_validates_against_the_gates_schema() =>
        Assert.Empty(KnownSchemas.Validator.Validate(YamlJson.ToJson(Section), KnownSchemas.Gates));

    [Fact]
    public void Every_documented_key_binds_and_the_command_line_wins()
    {
        // Given the section and a command-line Prometheus URL
        var config = new GatesConfigLoader(Toolkit.Core.Gates.GateIds.All).LoadText(".github/gates.yml", Section);

        // When the options are bound
        var (options, problems) = SloOptionsBinder.Bind(config.Value!.SectionFor("slo-gates"), new SloOverrides { PrometheusUrl = "http://127.0.0.1:9999" });

        // Then nothing is unknown and the CLI value replaced the file's
        Assert.Empty(problems);
        Assert.Equal("http://127.0.0.1:9999/", options.PrometheusUrl!.ToString());
        Assert.Equal(("slo/golden_paths.yaml", 30, true, 4), (options.GoldenPaths, options.ProbeCount, options.TicketFails, options.MaxConcurrency));
        Assert.Equal(DateTimeOffset.Parse("2026-11-21T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), options.At);
    }

    [Fact]
    public void A_misspelt_key_is_reported_with_its_line_and_the_nearest_key()
    {
        // Given a typo in the section
        var config = new GatesConfigLoader(Toolkit.Core.Gates.GateIds.All).LoadText(".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    prometheus_ulr: http://x\n");

        // When the options are bound
        var (_, problems) = SloOptionsBinder.Bind(config.Value!.SectionFor("slo-gates"), null);

        // Then the diagnostic names the line and suggests the right key
        Assert.Equal(".github/gates.yml:4:5: unknown key 'prometheus_ulr'. Did you mean 'prometheus_url'?", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_bad_default_threshold_is_reported_at_its_line_with_the_other_problems()
    {
        // Given a default threshold that does not parse, and a bad URL in the same section
        var config = new GatesConfigLoader(Toolkit.Core.Gates.GateIds.All).LoadText(
            ".github/gates.yml", "version: 1\ngates:\n  slo-gates:\n    prometheus_url: ftp://x\n    default_thresholds:\n      - burn==0\n      - p95_ms<=fast\n");

        // When the options are bound
        var (_, problems) = SloOptionsBinder.Bind(config.Value!.SectionFor("slo-gates"), null);

        // Then both come out in one pass, the threshold at its own list item
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("prometheus_url", StringComparison.Ordinal));
        var threshold = Assert.Single(problems, p => p.Message.StartsWith("default_thresholds: ", StringComparison.Ordinal));
        Assert.Equal((".github/gates.yml", 7, 9), (threshold.File, threshold.Line, threshold.Column));
    }

    [Fact]
    public void Good_default_thresholds_are_carried_parsed()
    {
        // Given two default thresholds
        var config = new GatesConfigLoader(Toolkit.Core.Gates.GateIds.All).LoadText(".github/gates.yml", Section);

        // When the options are bound
        var (options, problems) = SloOptionsBinder.Bind(config.Value!.SectionFor("slo-gates"), null);

        // Then the options carry them parsed, and without a section the default burn==0 is parsed too
        Assert.Empty(problems);
        Assert.Equal(["p95_ms<=150", "error_rate<0.01", "burn==0"], options.ParsedDefaultThresholds.Select(t => t.Expression));
        Assert.Equal(["burn==0"], SloOptionsBinder.Bind(null, null).Options.ParsedDefaultThresholds.Select(t => t.Expression));
    }
}
