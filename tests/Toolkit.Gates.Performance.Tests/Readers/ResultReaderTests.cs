using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Readers;

public sealed class ResultReaderTests
{
    private static ResultSet Read(string sample, ResultFormat format = ResultFormat.Auto)
    {
        var outcome = ResultReader.Read(Samples.Path(sample), sample, format);
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Results!;
    }

    [Fact]
    public void BenchmarkDotNet_gives_ns_per_op_samples_from_the_workload_result_iterations_and_allocations()
    {
        var results = Read("bdn/base-report-full.json");

        var large = results.Benchmarks.Single(b => b.Key == "Toolkit.Benchmarks.ParserBenchmarks.ParseLarge(Size=1000)");
        Assert.Equal(20, large.Samples.Count);
        Assert.Equal("ns", large.Unit);
        Assert.Equal(large.Samples.Average(), large.Mean, 1);
        var allocated = results.Benchmarks.Single(b => b.Key == large.Key + " [allocated]");
        Assert.Equal(20480, allocated.Mean);
        Assert.True(large.Location!.Line > 1);
    }

    [Fact]
    public void Hyperfine_gives_one_benchmark_per_command_with_its_run_times_in_seconds()
    {
        var results = Read("other/hyperfine.json");

        Assert.Equal(["gate config validate", "gate performance --help"], results.Benchmarks.Select(b => b.Key));
        Assert.Equal(10, results.Benchmarks[0].Samples.Count);
        Assert.Equal("s", results.Benchmarks[0].Unit);
    }

    [Fact]
    public void Go_bench_output_gives_every_value_unit_pair_and_repeated_lines_as_samples()
    {
        var results = Read("other/go-bench.txt");

        var small = results.Benchmarks.Single(b => b.Key == "BenchmarkParse/small-4");
        Assert.Equal([1204.0, 1198.0, 1211.0], small.Samples);
        Assert.Equal("ns/op", small.Unit);
        Assert.Equal(480, results.Benchmarks.Single(b => b.Key == "BenchmarkParse/small-4 (B/op)").Mean);
        var decode = results.Benchmarks.Single(b => b.Key == "BenchmarkDecode-4 (MB/s)");
        Assert.Equal(Direction.BiggerIsBetter, decode.Direction);
        Assert.Empty(decode.Samples);
    }

    [Fact]
    public void Custom_benchmark_json_takes_its_direction_from_the_named_format()
    {
        var results = Read("other/custom-bigger.json", ResultFormat.CustomBiggerIsBetter);

        Assert.All(results.Benchmarks, b => Assert.Equal(Direction.BiggerIsBetter, b.Direction));
        Assert.Equal(1843.2, results.Benchmarks[0].Mean);
        Assert.Equal(3, results.Benchmarks[0].Location!.Line);
    }

    [Fact]
    public void The_k6_summary_export_reads_its_inverted_threshold_booleans_as_k6_meant_them()
    {
        var modern = Read("k6/handle-summary.json");
        var legacy = Read("k6/summary-export.json");

        Assert.Equal(
            modern.ReportedThresholds.Select(t => (t.Metric, t.Expression, t.Passed)),
            legacy.ReportedThresholds.Select(t => (t.Metric, t.Expression, t.Passed)));
        Assert.Contains(modern.ReportedThresholds, t => t is { Expression: "p(99.9)<1500", Passed: false });
        Assert.Equal("rate", legacy.Metrics["http_req_failed"].Type);
        Assert.Equal("trend", legacy.Metrics["http_req_duration"].Type);
    }

    [Fact]
    public void Invalid_json_fails_closed_at_the_line_and_column_of_the_error()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bench.json", "{\n  \"Benchmarks\": [\n    { \"FullName\": \"A\" ,, }\n  ]\n}");

        var outcome = ResultReader.Read(path, "bench.json");

        Assert.False(outcome.Succeeded);
        Assert.Equal(3, outcome.Location!.Line);
        Assert.StartsWith("bench.json:3:", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_an_unknown_format_fail_closed_with_the_fix()
    {
        using var temp = new TempDirectory();
        var unknown = temp.Write("notes.json", "{\"hello\": 1}");

        Assert.Contains("not found", ResultReader.Read(temp.Combine("nope.json"), "nope.json").Error, StringComparison.Ordinal);
        Assert.Contains("unrecognised results format", ResultReader.Read(unknown, "notes.json").Error, StringComparison.Ordinal);
    }
}
