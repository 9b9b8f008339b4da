using Toolkit.Gates.Performance.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class BenchmarkRegressionTests
{
    private const string Large = "Toolkit.Benchmarks.ParserBenchmarks.ParseLarge(Size=1000)";

    [Fact]
    public async Task Fails_naming_the_benchmark_that_is_thirty_percent_slower_with_low_noise()
    {
        // Given a base and a head BenchmarkDotNet run where ParseLarge is 30% slower
        using var gate = new GateHarness()
            .WithSample("bdn/base-report-full.json", "perf/base-report-full.json")
            .WithSample("bdn/head-slower-report-full.json", "bench/head-report-full.json");

        // When the gate compares them
        var exit = await gate.RunAsync("--results", "bench/head-report-full.json", "--baseline", "perf/base-report-full.json");

        // Then it fails, and the only regression is ParseLarge, located in the head file
        Assert.Equal(1, exit);
        var verdict = gate.Verdict();
        Assert.Equal("fail", verdict.GetProperty("verdict").GetString());
        var regressions = verdict.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule_id").GetString() == PerformanceRules.Regression.Id).ToList();
        var finding = Assert.Single(regressions);
        Assert.StartsWith(Large + " regressed", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("bench/head-report-full.json", finding.GetProperty("location").GetProperty("path").GetString());
        Assert.Contains(Large, gate.Evidence("comment.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_when_the_means_are_the_same_but_the_head_samples_are_noisy()
    {
        using var gate = new GateHarness()
            .WithSample("bdn/base-report-full.json", "perf/base-report-full.json")
            .WithSample("bdn/head-noisy-report-full.json", "bench/head-report-full.json");

        var exit = await gate.RunAsync("--results", "bench/head-report-full.json", "--baseline", "perf/base-report-full.json");

        Assert.Equal(0, exit);
        Assert.Equal("pass", gate.Verdict().GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Records_the_head_into_a_bounded_store_and_compares_the_next_run_with_the_base_commit()
    {
        // Given a store with the base recorded under its commit
        using var gate = new GateHarness()
            .WithSample("bdn/base-report-full.json", "bench/base.json")
            .WithSample("bdn/head-slower-report-full.json", "bench/head.json");
        Assert.Equal(0, await gate.RunAsync("--results", "bench/base.json", "--store", "perf/history", "--record", "--commit", "1111111aaaa"));
        Assert.Equal(0, await gate.RunAsync("--results", "bench/base.json", "--store", "perf/history", "--record", "--commit", "2222222bbbb", "--keep", "2"));

        // When the head is compared with the store for base commit 1111111
        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "perf/history", "--base-commit", "1111111aaaa");

        // Then the base entry is found, the regression fails, and the comment has a Mermaid trend chart
        Assert.Equal(1, exit);
        Assert.Equal(2, Directory.GetFiles(gate.Repo.Combine("perf", "history"), "*.json").Length);
        Assert.Contains("\"commit\": \"1111111aaaa\"", gate.Evidence("baseline.json"), StringComparison.Ordinal);
        var comment = gate.Evidence("comment.md");
        Assert.Contains("```mermaid\nxychart-beta\n    title \"" + Large + "\"", comment, StringComparison.Ordinal);
        Assert.Contains("x-axis [\"1111111\", \"2222222\", \"head\"]", comment, StringComparison.Ordinal);
        Snapshot.Match("regression-comment", comment);
    }

    [Fact]
    public async Task Summary_only_results_are_compared_by_percentage_per_benchmark_rule()
    {
        // Given github-action-benchmark JSON where /api/orders throughput dropped 8%
        using var gate = new GateHarness()
            .WithSample("other/custom-bigger.json", "perf/base.json")
            .WithFile("bench/head.json", Samples.Text("other/custom-bigger.json").Replace("1843.2", "1695.7", StringComparison.Ordinal))
            .WithConfig("""
                    results:
                      - path: bench/head.json
                        format: custom-bigger-is-better
                    compare:
                      max_regression: 0.10
                      benchmarks:
                        - name: "*orders"
                          max_regression: 0.05
                """);

        // When compared, with the base read as the same format (detected as smaller-is-better, so name it)
        var exit = await gate.RunAsync("--baseline", "perf/base.json");

        // Then the stricter 5% rule for orders fails it
        Assert.Equal(1, exit);
        Assert.Contains("Requests per second - /api/orders regressed", gate.Verdict().GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
