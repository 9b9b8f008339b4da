using Toolkit.Gates.Performance.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Gate;

public sealed class BranchStoreGateTests
{
    private const string Large = "Toolkit.Benchmarks.ParserBenchmarks.ParseLarge(Size=1000)";

    [Fact]
    public async Task Fails_on_a_thirty_percent_regression_against_the_base_commit_recorded_on_a_branch()
    {
        // Given a git repository whose base run is recorded on the perf-history branch
        using var git = new GitRepository();
        using var gate = new GateHarness(git.Directory)
            .WithSample("bdn/base-report-full.json", "bench/base.json")
            .WithSample("bdn/head-slower-report-full.json", "bench/head.json");
        git.Write(".gitignore", "artifacts/\n").Commit("initial");
        var head = git.Git("rev-parse", "HEAD");
        Assert.Equal(0, await gate.RunAsync("--results", "bench/base.json", "--store", "branch:perf-history", "--record", "--commit", "1111111aaaa"));
        Assert.Equal(0, await gate.RunAsync("--results", "bench/base.json", "--store", "branch:perf-history", "--record", "--commit", "2222222bbbb"));

        // When the head is compared with the branch for base commit 1111111
        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "branch:perf-history", "--base-commit", "1111111aaaa");

        // Then ParseLarge fails against that entry, and the checkout was never touched
        Assert.Equal(1, exit);
        var regressions = gate.Verdict().GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("rule_id").GetString() == PerformanceRules.Regression.Id).ToList();
        Assert.StartsWith(Large + " regressed", Assert.Single(regressions).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("\"commit\": \"1111111aaaa\"", gate.Evidence("baseline.json"), StringComparison.Ordinal);
        Assert.Equal("2", git.Git("rev-list", "--count", "perf-history").Trim());
        Assert.Equal(head, git.Git("rev-parse", "HEAD"));
        Assert.Equal(string.Empty, git.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task A_baseline_branch_that_does_not_exist_yet_is_an_error_when_nothing_else_is_checked()
    {
        using var git = new GitRepository();
        using var gate = new GateHarness(git.Directory).WithSample("bdn/head-slower-report-full.json", "bench/head.json");
        git.Write(".gitignore", "artifacts/\n").Commit("initial");

        var exit = await gate.RunAsync("--results", "bench/head.json", "--baseline", "branch:perf-history", "--base-commit", "1111111aaaa");

        // Nothing compared and no thresholds: passing would check nothing, so it is an error that says why.
        Assert.Equal(1, exit);
        Assert.Equal("error", gate.Verdict().GetProperty("verdict").GetString());
        var message = Assert.Single(gate.Verdict().GetProperty("findings").EnumerateArray()).GetProperty("message").GetString();
        Assert.StartsWith("nothing was checked:", message, StringComparison.Ordinal);
        Assert.Contains("perf-history does not exist", message, StringComparison.Ordinal);
    }
}
