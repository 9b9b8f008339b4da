namespace Toolkit.BadInput.Tests;

/// <summary>performance-gate under bad input (issue 18): nothing it could not measure passes, nothing crashes.</summary>
public sealed class PerformanceBadInputTests
{
    private const string Declarations = """
        {"type":"Metric","data":{"name":"http_req_failed","type":"rate","contains":"default","thresholds":["rate<0.01"],"submetrics":null},"metric":"http_req_failed"}
        {"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null},"metric":"http_req_duration"}

        """;

    private const string FailedRateConfig = """
        version: 1
        gates:
          performance-gate:
            results: [load/k6.ndjson]
            thresholds:
              http_req_failed: ["rate<0.01"]

        """;

    private const string Bdn = """{"HostEnvironmentInfo":{"RuntimeVersion":".NET 10.0.0"},"Benchmarks":[{"FullName":"A.Parse","Statistics":{"Mean":1200}},{"FullName":"A.Write","Statistics":{"Mean":800}}]}""";

    [Fact]
    public async Task A_rate_threshold_over_a_metric_without_samples_is_an_error_not_a_pass()
    {
        using var gate = new GateProcess().WithFile(".github/gates.yml", FailedRateConfig).WithFile("load/k6.ndjson", Declarations);

        var result = await gate.RunAsync("performance");

        result.AssertNotPass();
        Assert.Contains("'http_req_failed' has no samples", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("\"1\"")]
    [InlineData("NaN")]
    [InlineData("-1e400")]
    [InlineData("1e400")]
    [InlineData("1e3000")]
    public async Task A_k6_point_whose_value_is_not_a_finite_number_is_an_input_error_naming_file_and_line(string value)
    {
        var point = "{\"type\":\"Point\",\"data\":{\"time\":\"2026-11-21T10:00:00.5+02:00\",\"value\":" + value + ",\"tags\":{\"status\":\"200\"}},\"metric\":\"http_req_failed\"}\n";
        using var gate = new GateProcess().WithFile(".github/gates.yml", FailedRateConfig).WithFile("load/k6.ndjson", Declarations + point);

        var result = await gate.RunAsync("performance");

        result.AssertNotPass();
        Assert.Contains("load/k6.ndjson:3", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e3000")]
    public async Task Huge_numbers_in_go_bench_output_are_an_error_not_a_crash(string value)
    {
        using var gate = new GateProcess().WithFile("bench.txt", $"goos: linux\nBenchmarkParse-4   1000   {value} ns/op\n");

        var result = await gate.RunAsync("performance", "--results", "bench.txt");

        result.AssertNotPass();
        Assert.Contains("bench.txt:2", result.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e3000")]
    public async Task Huge_numbers_in_a_k6_summary_are_an_error_not_a_crash(string value)
    {
        using var gate = new GateProcess().WithFile("summary.json", "{\"metrics\": {\n  \"http_req_duration\": {\"type\": \"trend\", \"values\": {\"p(95)\": " + value + "}}}}\n");

        var result = await gate.RunAsync("performance", "--results", "summary.json");

        result.AssertNotPass();
        Assert.Contains("summary.json:2", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmarkdotnet_head_with_no_benchmarks_does_not_pass_against_a_baseline()
    {
        using var gate = new GateProcess().WithFile("perf/base.json", Bdn).WithFile("bench/head.json", """{"Benchmarks":[]}""");

        var result = await gate.RunAsync("performance", "--results", "bench/head.json", "--baseline", "perf/base.json");

        result.AssertNotPass();
        Assert.Contains("bench/head.json: no benchmarks", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benchmarkdotnet_head_with_every_benchmark_renamed_does_not_pass_against_a_baseline()
    {
        using var gate = new GateProcess().WithFile("perf/base.json", Bdn).WithFile("bench/head.json", Bdn.Replace("A.", "B.", StringComparison.Ordinal));

        var result = await gate.RunAsync("performance", "--results", "bench/head.json", "--baseline", "perf/base.json");

        result.AssertNotPass();
        Assert.Contains("share none with the baseline", result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_into_a_store_that_is_a_file_is_a_usage_error_naming_the_option()
    {
        using var gate = new GateProcess().WithFile("bench/head.json", Bdn).WithFile("perf/history", "not a directory\n");

        var result = await gate.RunAsync("performance", "--results", "bench/head.json", "--record", "--store", "perf/history", "--commit", "abc1234");

        result.AssertInputError("--store perf/history: is a file");
        Assert.Equal("not a directory\n", File.ReadAllText(gate.Repo.Combine("perf", "history")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task Keep_below_one_is_a_usage_error_naming_the_option(string keep)
    {
        using var gate = new GateProcess().WithFile("bench/head.json", Bdn);

        var result = await gate.RunAsync("performance", "--results", "bench/head.json", "--record", "--store", "perf/history", "--keep", keep, "--commit", "abc1234");

        result.AssertInputError($"--keep {keep}");
        Assert.False(Directory.Exists(gate.Repo.Combine("perf", "history")));
    }

    [Fact]
    public async Task Keep_out_of_range_comes_out_with_the_gates_yml_problems_in_one_report()
    {
        using var gate = new GateProcess().WithFile("bench/head.json", Bdn)
            .WithFile(".github/gates.yml", "version: 1\ngates:\n  performance-gate:\n    trend:\n      length: 1\n");

        var result = await gate.RunAsync("performance", "--results", "bench/head.json", "--keep", "0");

        // Both the file's problem and the command line's, before anything runs.
        result.AssertInputError("--keep 0");
        Assert.Contains(".github/gates.yml:5:", result.All, StringComparison.Ordinal);
        Assert.Contains("2 configuration problems", result.All, StringComparison.Ordinal);
    }
}
