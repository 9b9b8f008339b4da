using System.Text;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Statistics;
using Toolkit.Gates.Performance.Tests.Fakes;

namespace Toolkit.Gates.Performance.Tests.K6;

public sealed class K6StreamReaderTests
{
    private static Toolkit.Gates.Performance.Readers.ReadOutcome Read(string ndjson, K6StreamOptions? options = null, int bufferSize = 1 << 20) =>
        new K6StreamReader((options ?? new K6StreamOptions()) with { BufferSize = bufferSize })
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(ndjson)), "load/k6.ndjson");

    [Fact]
    public void Aggregates_trends_rates_and_counters_from_points_like_k6()
    {
        // Given 1,000 requests, 1% failed, over 99.9 s
        var writer = new K6StreamWriter();
        var durations = new List<double>();
        for (var i = 0; i < 1000; i++)
        {
            var duration = 50 + (i % 97 * 3.7);
            durations.Add(duration);
            writer.Request(i * 0.1, duration, failed: i % 100 == 0);
        }

        // When the stream is read
        var outcome = Read(writer.ToString());

        // Then every metric has the values k6 would report, percentiles within 1%
        Assert.True(outcome.Succeeded, outcome.Error);
        var metrics = outcome.Results!.Metrics;
        Assert.Equal("trend", metrics["http_req_duration"].Type);
        Assert.Equal(durations.Average(), metrics["http_req_duration"].Values["avg"], 6);
        Assert.Equal(durations.Max(), metrics["http_req_duration"].Values["max"]);
        var exact = Quantiles.Of(durations, 0.95);
        Assert.InRange(Math.Abs(metrics["http_req_duration"].Values["p(95)"] - exact) / exact, 0, 0.01);
        Assert.Equal(0.01, metrics["http_req_failed"].Values["rate"], 9);
        Assert.Equal(1000, metrics["http_reqs"].Values["count"]);
        Assert.False(metrics["http_reqs"].Values.ContainsKey("rate"), "the stream does not record k6's run duration");
    }

    [Fact]
    public void Tag_filters_select_sub_metrics()
    {
        // Given 90 fast 200s and 10 slow 503s
        var writer = new K6StreamWriter();
        for (var i = 0; i < 100; i++)
        {
            writer.Request(i, i < 90 ? 100 : 3000, failed: i >= 90, status: i < 90 ? "200" : "503");
        }

        var selector = MetricSelector.TryParse("http_req_duration{status:200}", out _)!;
        var other = MetricSelector.TryParse("http_req_duration{status:503,method:GET}", out _)!;

        // When the sub-metrics are requested
        var outcome = Read(writer.ToString(), new K6StreamOptions { SubMetrics = [selector, other] });

        // Then each holds only its points
        var metrics = outcome.Results!.Metrics;
        Assert.Equal(90, metrics["http_req_duration{status:200}"].Values["count"]);
        Assert.Equal(100, metrics["http_req_duration{status:200}"].Values["max"]);
        Assert.Equal(10, metrics["http_req_duration{status:503,method:GET}"].Values["count"]);
        Assert.Equal(100, metrics["http_req_duration"].Values["count"]);
    }

    [Fact]
    public void Lines_crossing_buffer_boundaries_are_read_whole()
    {
        // Given a stream read through a buffer smaller than three lines
        var writer = new K6StreamWriter();
        for (var i = 0; i < 200; i++)
        {
            writer.Request(i, 10 + i);
        }

        // When it is read with a 700-byte buffer (lines are ~330 bytes)
        var outcome = Read(writer.ToString(), bufferSize: 700);

        // Then nothing is lost
        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(200, outcome.Results!.Metrics["http_req_duration"].Values["count"]);
    }

    [Fact]
    public void Lines_in_another_field_order_or_with_escapes_read_the_same_as_k6s_own_layout()
    {
        // Given the same two points written by k6 and by a tool that orders fields differently and escapes a tag
        var k6 = new K6StreamWriter().Metric("http_req_duration", "trend").Point("http_req_duration", 0, 100).Point("http_req_duration", 1, 300).ToString();
        var other = new K6StreamWriter().Metric("http_req_duration", "trend")
            .Raw("{\"metric\":\"http_req_duration\",\"data\":{\"tags\":{\"status\":\"200\",\"name\":\"a\\\"b\"},\"value\":100,\"time\":\"2026-11-21T10:00:00+02:00\"},\"type\":\"Point\"}")
            .Raw("{ \"type\": \"Point\", \"data\": { \"time\": \"2026-11-21T10:00:01+02:00\", \"value\": 300, \"tags\": { \"status\": \"200\" } }, \"metric\": \"http_req_duration\" }")
            .ToString();
        var filter = new K6StreamOptions { SubMetrics = [MetricSelector.TryParse("http_req_duration{status:200}", out _)!] };

        // When both are read
        var fast = Read(k6, filter).Results!.Metrics;
        var slow = Read(other, filter).Results!.Metrics;

        // Then the aggregates agree
        Assert.Equal(fast["http_req_duration"].Values, slow["http_req_duration"].Values);
        Assert.Equal(fast["http_req_duration{status:200}"].Values, slow["http_req_duration{status:200}"].Values);
        Assert.Equal(2, slow["http_req_duration{status:200}"].Values["count"]);
    }

    [Fact]
    public void A_broken_line_fails_closed_naming_its_line_number()
    {
        var writer = new K6StreamWriter().Request(0, 10).Raw("{\"type\":\"Point\",\"data\":{\"value\":").Request(1, 10);

        var outcome = Read(writer.ToString());

        Assert.False(outcome.Succeeded);
        Assert.Equal(7, outcome.Location!.Line);
        Assert.StartsWith("load/k6.ndjson:7:1: not valid JSON", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_requests_by_the_vus_level_of_a_stepped_run()
    {
        var outcome = Read(SteppedRun.Write(), new K6StreamOptions { GroupByLoad = true });

        var steps = outcome.Results!.LoadSteps;
        Assert.Equal([10.0, 20.0, 30.0, 40.0, 50.0], steps.Select(s => s.Vus));
        Assert.Equal(300, steps[2].Requests);
        Assert.Equal(300 / 29.9, steps[2].Throughput, 2);
    }

    [Fact]
    public void Parses_k6_timestamps_with_nanoseconds_and_offsets()
    {
        Assert.True(K6Timestamp.TryParseNanoseconds("2017-05-09T14:34:45.625742514+02:00"u8, out var nanoseconds));
        Assert.Equal((new DateTimeOffset(2017, 5, 9, 12, 34, 45, TimeSpan.Zero).ToUnixTimeSeconds() * 1_000_000_000L) + 625_742_514, nanoseconds);
        Assert.True(K6Timestamp.TryParse("2017-05-09T14:34:45.625742514+02:00"u8, out var seconds));
        Assert.True(K6Timestamp.TryParse("2017-05-09T12:34:45Z"u8, out var utc));
        Assert.Equal(Math.Floor(seconds), utc);
        Assert.False(K6Timestamp.TryParse("yesterday"u8, out _));
    }
}
