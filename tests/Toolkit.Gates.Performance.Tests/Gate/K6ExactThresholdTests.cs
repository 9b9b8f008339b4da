using System.Globalization;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.Gate;

/// <summary>Thresholds over a raw k6 stream decide exactly as k6 does at the end of the same run.</summary>
public sealed class K6ExactThresholdTests
{
    [Fact]
    public async Task Percentile_and_counter_thresholds_on_either_side_of_k6s_exact_value_decide_as_k6()
    {
        // Given 5,000 requests with microsecond-precision durations and byte counters
        var random = new Random(5);
        var writer = new K6StreamWriter().Metric("data_received", "counter", "data");
        var durations = new List<double>();
        var received = 0.0;
        for (var i = 0; i < 5000; i++)
        {
            var duration = Math.Round(40 + (random.NextDouble() * random.NextDouble() * 200), 3);
            durations.Add(duration);
            writer.Request(i * 0.01, duration);
            var bytes = random.Next(300, 500);
            received += bytes;
            writer.Point("data_received", i * 0.01, bytes);
        }

        var p95 = K6SinkReference.Percentile(durations, 95);
        var justBelow = Math.BitDecrement(p95).ToString("R", CultureInfo.InvariantCulture);
        var exact = p95.ToString("R", CultureInfo.InvariantCulture);
        var count = received.ToString("R", CultureInfo.InvariantCulture);
        using var gate = new GateHarness().WithFile("load/k6.ndjson", writer.ToString()).WithConfig($"""
                results: [load/k6.ndjson]
                thresholds:
                  http_req_duration: ["p(95)<{justBelow}", "p(95)<={exact}"]
                  data_received: ["count>={count}", "count>{count}"]
                  http_reqs: ["count==5000"]
            """);

        // When the gate evaluates them
        var exit = await gate.RunAsync();

        // Then each one is decided on k6's exact value: the p95 and the summed bytes, not a point count
        Assert.Equal(1, exit);
        var results = gate.Verdict().GetProperty("thresholds").EnumerateArray()
            .ToDictionary(t => t.GetProperty("expression").GetString()!, t => t.GetProperty("passed").GetBoolean());
        Assert.False(results[$"http_req_duration p(95)<{justBelow}"]);
        Assert.True(results[$"http_req_duration p(95)<={exact}"]);
        Assert.True(results[$"data_received count>={count}"]);
        Assert.False(results[$"data_received count>{count}"]);
        Assert.True(results["http_reqs count==5000"]);
    }
}
