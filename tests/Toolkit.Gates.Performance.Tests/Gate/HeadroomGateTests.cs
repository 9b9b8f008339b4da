using Toolkit.Gates.Performance.Rules;
using Toolkit.Gates.Performance.Tests.Fakes;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class HeadroomGateTests
{
    [Fact]
    public async Task Computes_headroom_from_a_stepped_run_and_emits_the_metric_decide_reads()
    {
        // Given a stepped k6 run and an expected peak of 7 rps against a p95 <= 300 ms SLO
        using var gate = new GateHarness().WithFile("load/stepped.ndjson", SteppedRun.Write()).WithConfig("""
                results: [load/stepped.ndjson]
                headroom:
                  - service: api
                    results: load/stepped.ndjson
                    expected_peak: 7
                    latency_ms: 300
            """);

        // When the gate runs
        var exit = await gate.RunAsync();

        // Then headroom.api is 1 - 7 / capacity (about 0.30), above the 0.20 target, with the evidence file
        Assert.Equal(0, exit);
        var headroom = gate.Verdict().GetProperty("metrics").GetProperty("headroom.api").GetDouble();
        Assert.Equal(1 - (7 / (300 / 29.9)), headroom, 3);
        Assert.Contains("\"capacity\": 10.033", gate.Evidence("headroom.json"), StringComparison.Ordinal);
        Snapshot.Match("headroom-comment", gate.Evidence("comment.md"));
    }

    [Fact]
    public async Task Fails_below_the_target_at_the_rule_in_gates_yml()
    {
        using var gate = new GateHarness().WithFile("load/stepped.ndjson", SteppedRun.Write()).WithConfig("""
                results: [load/stepped.ndjson]
                headroom:
                  - service: api
                    results: load/stepped.ndjson
                    expected_peak: 9
                    latency_ms: 300
            """);

        var exit = await gate.RunAsync();

        Assert.Equal(1, exit);
        var finding = gate.Verdict().GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule_id").GetString() == PerformanceRules.Headroom.Id);
        Assert.Equal(6, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Contains("Headroom api: 0.1", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
