using System.Text;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.K6;

/// <summary>Every metric type gives exactly what k6's sinks give for the same points (expectations from the raw points).</summary>
public sealed class K6ExactnessTests
{
    private static readonly double[] Percentiles = [90, 95, 99, 99.9, 0, 100, 37.5];

    private static ReadOutcome Read(string ndjson, K6StreamOptions? options = null) =>
        new K6StreamReader(options ?? new K6StreamOptions { Percentiles = Percentiles })
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), "load/k6.ndjson");

    [Fact]
    public void Counters_gauges_rates_and_trends_give_k6s_exact_values()
    {
        // Given a run with every metric type: ms durations at k6's microsecond precision (many ties), byte counters,
        // a gauge that goes negative, a custom trend with negative values, and a failure rate
        var random = new Random(7);
        var writer = new K6StreamWriter().Metric("http_req_duration", "trend", "time").Metric("data_received", "counter", "data")
            .Metric("http_req_failed", "rate").Metric("queue_delta", "gauge").Metric("clock_skew", "trend");
        var durations = new List<double>();
        var bytes = new List<double>();
        var failed = new List<double>();
        var gauge = new List<double>();
        var skew = new List<double>();
        const int requests = 20_000;
        for (var i = 0; i < requests; i++)
        {
            var t = i * 0.005;
            var duration = Math.Round(Math.Exp(4 + (random.NextDouble() * 1.2)), 3);
            durations.Add(duration);
            writer.Point("http_req_duration", t, duration);
            bytes.Add(random.Next(8_000, 12_000));
            writer.Point("data_received", t, bytes[^1]);
            failed.Add(random.Next(50) == 0 ? 1 : 0);
            writer.Point("http_req_failed", t, failed[^1]);
            if (i % 100 == 0)
            {
                gauge.Add(random.Next(-40, 10));
                writer.Point("queue_delta", t, gauge[^1]);
                skew.Add(Math.Round((random.NextDouble() - 0.7) * 20, 2));
                writer.Point("clock_skew", t, skew[^1]);
            }
        }

        // When the stream is read
        var outcome = Read(writer.ToString());

        // Then every value is k6's, to the last bit
        Assert.True(outcome.Succeeded, outcome.Error);
        var metrics = outcome.Results!.Metrics;
        AssertValues(K6SinkReference.Trend(durations, Percentiles), metrics["http_req_duration"].Values);
        AssertValues(K6SinkReference.Trend(skew, Percentiles), metrics["clock_skew"].Values);
        AssertValues(K6SinkReference.Gauge(gauge), metrics["queue_delta"].Values);
        AssertValues(K6SinkReference.Rate(failed), metrics["http_req_failed"].Values);
        Assert.Equal(bytes.Sum(), metrics["data_received"].Values["count"]);
        Assert.False(metrics["data_received"].Values.ContainsKey("rate"));
        Assert.Equal(0, metrics["queue_delta"].Values["max"] < 0 ? 1 : 0);
    }

    [Fact]
    public void A_percentile_bucket_larger_than_the_memory_budget_is_narrowed_until_exact()
    {
        // Given 30,000 values crowded into a few histogram buckets (ties and neighbours one ulp apart)
        var random = new Random(3);
        var writer = new K6StreamWriter().Metric("http_req_duration", "trend", "time");
        var values = new List<double>();
        for (var i = 0; i < 30_000; i++)
        {
            var value = random.Next(4) switch
            {
                0 => 100.0,
                1 => Math.BitIncrement(100.0),
                2 => 100.5 + (random.Next(1000) * 1e-9),
                _ => random.NextDouble() * 1000,
            };
            values.Add(value);
            writer.Point("http_req_duration", i * 0.01, value);
        }

        // When it is read keeping at most 50 values in memory per read
        var outcome = Read(writer.ToString(), new K6StreamOptions { Percentiles = Percentiles, SelectionBudget = 50 });

        // Then the percentiles are still exactly k6's
        Assert.True(outcome.Succeeded, outcome.Error);
        AssertValues(K6SinkReference.Trend(values, Percentiles), outcome.Results!.Metrics["http_req_duration"].Values);
    }

    [Fact]
    public void Sub_metric_percentiles_are_exact_too()
    {
        // Given 2,000 requests of which every 7th is a 503
        var random = new Random(11);
        var writer = new K6StreamWriter();
        var ok = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            var duration = Math.Round(20 + (random.NextDouble() * 300), 3);
            var status = i % 7 == 0 ? "503" : "200";
            if (status == "200")
            {
                ok.Add(duration);
            }

            writer.Request(i * 0.05, duration, failed: status != "200", status: status);
        }

        var selector = MetricSelector.TryParse("http_req_duration{status:200}", out _)!;

        // When the sub-metric is read
        var outcome = Read(writer.ToString(), new K6StreamOptions { SubMetrics = [selector], Percentiles = Percentiles });

        // Then its percentiles are k6's over exactly the 200s
        AssertValues(K6SinkReference.Trend(ok, Percentiles), outcome.Results!.Metrics["http_req_duration{status:200}"].Values);
    }

    [Fact]
    public void One_and_no_samples_give_what_k6_gives()
    {
        var outcome = Read(new K6StreamWriter().Metric("iteration_duration", "trend", "time").Point("iteration_duration", 0, 812.5)
            .Metric("http_req_duration", "trend", "time").ToString());

        var single = outcome.Results!.Metrics["iteration_duration"];
        Assert.All(single.Values.Where(v => v.Key != "count"), v => Assert.Equal(812.5, v.Value));
        var empty = outcome.Results.Metrics["http_req_duration"];
        Assert.Equal(0, empty.SampleCount);
        Assert.All(empty.Values, v => Assert.Equal(0, v.Value));
    }

    private static void AssertValues(Dictionary<string, double> expected, IReadOnlyDictionary<string, double> actual)
    {
        foreach (var (key, value) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var got), $"no {key}");
            if (key == "avg")
            {
                Assert.Equal(value, got, 9);
            }
            else
            {
                Assert.True(value.Equals(got), $"{key}: expected {value:R}, got {got:R}");
            }
        }
    }
}
