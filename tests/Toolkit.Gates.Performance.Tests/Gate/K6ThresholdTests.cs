using System.Text.Json;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class K6ThresholdTests
{
    // The thresholds the k6 script declared, written in gates.yml the same way.
    private const string SameThresholds = """
            k6_thresholds: false
            thresholds:
              http_req_duration: ["p(95)<500", "p(99.9)<1500"]
              "http_req_duration{status:200}": ["avg<200"]
              http_req_failed: ["rate<0.01"]
              http_reqs: ["count>1000"]
              checks: ["rate>0.99"]
        """;

    [Theory]
    [InlineData("k6/handle-summary.json")]
    [InlineData("k6/summary-export.json")]
    public async Task Config_thresholds_fail_exactly_as_k6_did_on_the_same_summary(string sample)
    {
        // Given a k6 summary with k6's own threshold results, and the same thresholds in gates.yml
        using var gate = new GateHarness().WithSample(sample, "load/summary.json").WithConfig("    results: [load/summary.json]\n" + SameThresholds);
        var k6 = Toolkit.Gates.Performance.Readers.ResultReader.Read(Samples.Path(sample), sample).Results!.ReportedThresholds
            .ToDictionary(t => t.Metric + " " + t.Expression, t => t.Passed);

        // When the gate evaluates them itself (k6's answers ignored)
        var exit = await gate.RunAsync();

        // Then every threshold passes or fails exactly as k6 said
        Assert.Equal(1, exit);
        var ours = gate.Verdict().GetProperty("thresholds").EnumerateArray()
            .ToDictionary(t => t.GetProperty("expression").GetString()!, t => t.GetProperty("passed").GetBoolean());
        Assert.Equal(k6.OrderBy(p => p.Key), ours.OrderBy(p => p.Key));
        Assert.False(ours["http_req_duration p(99.9)<1500"]);
        Assert.False(ours["checks rate>0.99"]);
    }

    [Fact]
    public async Task K6s_own_threshold_results_count_by_default_and_point_at_the_config_line_when_configured()
    {
        using var gate = new GateHarness().WithSample("k6/summary-export.json", "load/summary.json").WithConfig("""
                results: [load/summary.json]
                thresholds:
                  http_req_duration: ["p(95)<400"]
            """);

        var exit = await gate.RunAsync();

        Assert.Equal(1, exit);
        var findings = gate.Verdict().GetProperty("findings").EnumerateArray().ToList();
        var configured = findings.Single(f => f.GetProperty("message").GetString()!.StartsWith("threshold 'http_req_duration: p(95)<400' failed", StringComparison.Ordinal));
        Assert.Equal(".github/gates.yml", configured.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, configured.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(2, findings.Count(f => f.GetProperty("message").GetString()!.StartsWith("k6 threshold", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Thresholds_on_sub_metrics_are_evaluated_from_the_raw_stream()
    {
        // Given a raw k6 stream where 200s are fast and 503s slow
        var writer = new K6StreamWriter();
        for (var i = 0; i < 200; i++)
        {
            writer.Request(i * 0.5, i % 10 == 0 ? 2500 : 120 + (i % 7), failed: i % 10 == 0, status: i % 10 == 0 ? "503" : "200");
        }

        using var gate = new GateHarness().WithFile("load/k6.ndjson", writer.ToString()).WithConfig("""
                results: [load/k6.ndjson]
                thresholds:
                  "http_req_duration{status:200}": ["p(95)<200", "max<130"]
                  http_req_duration: ["p(95)<200"]
            """);

        // When the gate runs
        var exit = await gate.RunAsync();

        // Then the sub-metric passes and the whole metric (with the slow 503s) fails
        Assert.Equal(1, exit);
        var thresholds = gate.Verdict().GetProperty("thresholds").EnumerateArray()
            .ToDictionary(t => t.GetProperty("expression").GetString()!, t => t.GetProperty("passed").GetBoolean());
        Assert.True(thresholds["http_req_duration{status:200} p(95)<200"]);
        Assert.True(thresholds["http_req_duration{status:200} max<130"]);
        Assert.False(thresholds["http_req_duration p(95)<200"]);
    }

    [Fact]
    public async Task A_bad_threshold_in_gates_yml_is_a_usage_error_at_its_line()
    {
        using var gate = new GateHarness().WithSample("k6/handle-summary.json", "load/summary.json").WithConfig("""
                results: [load/summary.json]
                thresholds:
                  http_req_duration: ["p95<500"]
                treshold: 1
            """);

        var exit = await gate.RunAsync();

        // Checked when gates.yml loads, as `gate config validate` does: exit 2 before the gate runs.
        Assert.Equal(2, exit);
        var message = gate.Error;
        Assert.Contains(".github/gates.yml:6:", message, StringComparison.Ordinal);
        Assert.Contains("'p95<500' is not a k6 threshold", message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'treshold'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_results_at_all_could_not_be_evaluated_and_says_how_to_fix_it()
    {
        using var gate = new GateHarness().WithConfig("    keep: 5\n");

        var exit = await gate.RunAsync();

        Assert.Equal(1, exit);
        Assert.Equal("error", gate.Verdict().GetProperty("verdict").GetString());
        Assert.Contains("pass --results", gate.Verdict().GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        _ = JsonValueKind.Object;
    }
}
