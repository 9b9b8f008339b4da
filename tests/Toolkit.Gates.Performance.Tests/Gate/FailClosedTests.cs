namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class FailClosedTests
{
    [Fact]
    public async Task A_corrupt_results_file_is_an_error_verdict_pointing_at_its_line()
    {
        using var gate = new GateHarness().WithFile("bench/head.json", "{\n  \"Benchmarks\": [\n    {\"FullName\": }\n  ]\n}\n");

        var exit = await gate.RunAsync("--results", "bench/head.json");

        Assert.Equal(1, exit);
        var verdict = gate.Verdict();
        Assert.Equal("error", verdict.GetProperty("verdict").GetString());
        var location = verdict.GetProperty("findings")[0].GetProperty("location");
        Assert.Equal("bench/head.json", location.GetProperty("path").GetString());
        Assert.Equal(3, location.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Recording_without_a_store_is_an_error_that_names_the_option()
    {
        using var gate = new GateHarness().WithSample("other/hyperfine.json", "bench/hyperfine.json");

        var exit = await gate.RunAsync("--results", "bench/hyperfine.json", "--record", "--commit", "abc1234");

        Assert.Equal(1, exit);
        Assert.Contains("--store", gate.Verdict().GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_baseline_is_an_error_not_a_silent_pass()
    {
        using var gate = new GateHarness().WithSample("other/go-bench.txt", "bench/go.txt");

        var exit = await gate.RunAsync("--results", "bench/go.txt", "--baseline", "perf/base.txt");

        Assert.Equal(1, exit);
        Assert.Equal("error", gate.Verdict().GetProperty("verdict").GetString());
        Assert.Contains("perf/base.txt: baseline not found", gate.Verdict().GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_store_without_the_base_commit_warns_and_compares_with_the_latest_run()
    {
        using var gate = new GateHarness().WithSample("other/go-bench.txt", "bench/go.txt");
        Assert.Equal(0, await gate.RunAsync("--results", "bench/go.txt", "--store", "perf/history", "--record", "--commit", "aaaaaaa1"));

        var exit = await gate.RunAsync("--results", "bench/go.txt", "--baseline", "perf/history", "--base-commit", "bbbbbbb2");

        Assert.Equal(0, exit);
        Assert.Equal("warn", gate.Verdict().GetProperty("verdict").GetString());
        Assert.Contains("compared with the latest recorded run aaaaaaa", gate.Verdict().GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
