using System.Globalization;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.Gate;

/// <summary>
/// k6 divides a counter by the test's run duration, which only its summary records: a counter's rate from the raw stream
/// is k6's exactly when the run's summary is given beside it, and an error (never a guess) when it is not.
/// </summary>
public sealed class K6CounterRateTests
{
    // The run lasted longer than its points span (setup, graceful stop): k6's summary says so, the stream cannot.
    private const double RunMilliseconds = 61_234.567891;

    [Fact]
    public async Task A_counter_rate_threshold_over_the_stream_uses_the_summarys_run_duration_exactly()
    {
        // Given a stream of 3,000 byte counts over 30 s and the same run's handleSummary JSON, without that metric
        var (stream, bytes) = Stream();
        var rate = K6SinkReference.Counter(bytes, RunMilliseconds / 1000)["rate"];
        var exact = rate.ToString("R", CultureInfo.InvariantCulture);
        var above = Math.BitIncrement(rate).ToString("R", CultureInfo.InvariantCulture);
        using var gate = new GateHarness().WithFile("load/k6.ndjson", stream).WithFile("load/summary.json", Summary()).WithConfig($"""
                results: [load/k6.ndjson, load/summary.json]
                thresholds:
                  data_received: ["rate>={exact}", "rate>={above}"]
            """);

        // When the gate evaluates them
        var exit = await gate.RunAsync();

        // Then the rate is the stream's sum over k6's run duration, to the last bit
        Assert.Equal(1, exit);
        var results = gate.Verdict().GetProperty("thresholds").EnumerateArray()
            .Select(t => $"{t.GetProperty("expression").GetString()} {t.GetProperty("passed").GetBoolean()}");
        Assert.Equal([$"data_received rate>={exact} True", $"data_received rate>={above} False"], results);
    }

    [Fact]
    public async Task A_counter_rate_threshold_over_the_stream_alone_cannot_be_checked_and_fails_saying_what_to_add()
    {
        // Given only the stream
        var (stream, _) = Stream();
        using var gate = new GateHarness().WithFile("load/k6.ndjson", stream).WithConfig("""
                results: [load/k6.ndjson]
                thresholds:
                  data_received: ["rate>1"]
            """);

        // When the gate evaluates it
        var exit = await gate.RunAsync();

        // Then it cannot check the rate and says so, never passing on a span-of-points guess
        Assert.Equal(1, exit);
        Assert.Equal("fail", gate.Verdict().GetProperty("verdict").GetString());
        var text = gate.Verdict().ToString();
        Assert.Contains("which the --out json stream does not record", text, StringComparison.Ordinal);
        Assert.Contains("--summary-export", text, StringComparison.Ordinal);
    }

    private static (string Stream, List<double> Bytes) Stream()
    {
        var random = new Random(11);
        var writer = new K6StreamWriter().Metric("data_received", "counter", "data");
        var bytes = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            bytes.Add(random.Next(300, 500));
            writer.Point("data_received", 1 + (i * 0.01), bytes[^1]);
        }

        return (writer.ToString(), bytes);
    }

    private static string Summary() =>
        """{"state":{"isStdOutTTY":false,"testRunDurationMs":""" + RunMilliseconds.ToString("R", CultureInfo.InvariantCulture)
        + """},"metrics":{"iterations":{"type":"counter","contains":"default","values":{"count":3000,"rate":48.99}}}}""";
}
