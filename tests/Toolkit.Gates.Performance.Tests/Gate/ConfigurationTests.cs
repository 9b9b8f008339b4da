using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class ConfigurationTests
{
    private const string Full = """
        version: 1
        gates:
          performance-gate:
            results:
              - bench/results/Bench-report-full.json
              - path: perf/github-benchmark.json
                format: custom-bigger-is-better
            baseline: perf/history
            store: perf/history
            record: false
            keep: 30
            commit: 0123abc
            k6_thresholds: true
            thresholds:
              http_req_duration: ["p(95)<500", "p(99.9)<1500"]
              "http_req_duration{status:200}": "avg<200"
              http_req_failed: ["rate<0.01"]
            track: ["http_req_duration p(95)", "http_req_failed rate"]
            compare:
              max_regression: 0.1
              min_effect: 0.05
              alpha: 0.01
              min_samples: 8
              benchmarks:
                - name: "*Parse*"
                  max_regression: 0.05
            trend:
              length: 10
              benchmarks: [Toolkit.Benchmarks.ParserBenchmarks.ParseSmall]
            headroom:
              - service: web
                results: load/stepped.ndjson
                expected_peak: 120
                unit: rps
                percentile: 95
                latency_ms: 150
                error_rate: 0.01
                target: 0.2
                min_requests: 50
        """;

    [Fact]
    public void Every_documented_key_is_valid_for_the_schema_and_binds_without_problems()
    {
        // Given a section using every key
        var errors = KnownSchemas.Validator.Validate(YamlJson.ToJson(Full), KnownSchemas.Gates);
        var config = new GatesConfigLoader(GateIds.All).LoadText(".github/gates.yml", Full);

        // When the gate binds it
        var (options, diagnostics) = PerformanceOptionsBinder.Bind(config.Value!.SectionFor(GateIds.Performance), null);

        // Then schema and binder agree, and the values arrive
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Empty(diagnostics);
        Assert.Equal(ResultFormat.CustomBiggerIsBetter, options.Results[1].Format);
        Assert.Equal(4, options.Thresholds.Count);
        Assert.Equal(0.05, options.RuleFor("Toolkit.ParserBenchmarks.ParseLarge").MaxRegression);
        Assert.Equal(8, options.RuleFor("Toolkit.ParserBenchmarks.ParseLarge").MinSamples);
        Assert.Equal(0.01, options.RuleFor("Other").Alpha);
        Assert.Equal(150, options.Headroom[0].LatencyMs);
        Assert.Equal(30, options.Keep);
    }

    [Fact]
    public void Command_line_values_win_over_gates_yml()
    {
        var config = new GatesConfigLoader(GateIds.All).LoadText(".github/gates.yml", Full);
        var overrides = new PerformanceOverrides { Results = ["k6.json"], Keep = 3, Record = true };

        var (merged, diagnostics) = PerformanceOptionsBinder.Bind(config.Value!.SectionFor(GateIds.Performance), overrides);

        Assert.Empty(diagnostics);
        Assert.Equal(["k6.json"], merged.Results.Select(r => r.Path));
        Assert.Equal(3, merged.Keep);
        Assert.True(merged.Record);
        Assert.Equal("perf/history", merged.Baseline);
    }

    [Fact]
    public void Without_a_section_the_command_line_values_apply_to_the_defaults()
    {
        var (options, diagnostics) = PerformanceOptionsBinder.Bind(null, new PerformanceOverrides { Results = ["bench.txt"], Baseline = "perf/history" });

        Assert.Empty(diagnostics);
        Assert.Equal(["bench.txt"], options.Results.Select(r => r.Path));
        Assert.Equal("perf/history", options.Baseline);
        Assert.Equal(new PerformanceOptions().Keep, options.Keep);
        Assert.Equal(["http_req_duration p(95)"], options.K6Track);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(10_001)]
    public void Keep_out_of_range_on_the_command_line_is_reported_with_the_files_problems(int keep)
    {
        // Given a gates.yml keep out of range too, and a --keep out of range
        var config = new GatesConfigLoader(GateIds.All).LoadText(".github/gates.yml", "version: 1\ngates:\n  performance-gate:\n    keep: 0\n");

        // When the gate binds them
        var (_, diagnostics) = PerformanceOptionsBinder.Bind(config.Value!.SectionFor(GateIds.Performance), new PerformanceOverrides { Keep = keep });

        // Then both come out in one pass: the file's at its line, the command line's under the option's name
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(4, diagnostics[0].Line);
        Assert.Equal($"command line: --keep {keep}: keep between 1 and 10000 entries; 0 would delete the run just recorded.", diagnostics[1].ToString());
    }
}
