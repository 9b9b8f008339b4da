using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class SupplyChainActionTests : ActionJob
{
    [Fact]
    public async Task The_dependency_diff_against_the_pull_request_base_is_reported_and_fail_on_warn_fails_the_step()
    {
        // Given a checkout with history: the base has one npm package, the pull request adds another
        using var repo = new GitRepository();
        repo.Write("package-lock.json", NpmLockfile.Of(("left-pad", "1.3.0"))).Commit("base");
        var baseSha = repo.Git("rev-parse", "HEAD").Trim();
        repo.Write("package-lock.json", NpmLockfile.Of(("left-pad", "1.3.0"), ("ms", "2.1.3"))).Commit("add ms");
        using var job = PullRequestJob();
        ActionStep.SetPullRequestBase(job, baseSha);
        var step = new ActionStep("supply-chain", job, repo.Path);

        // When the step runs the action with one SBOM format (no offline OSV database: vulnerabilities are not checked, a warning)
        var exit = await step.RunAsync(new Dictionary<string, string> { ["sbom-formats"] = "cyclonedx", ["fail-on"] = "warn" });

        // Then the verdict is warn, which fail-on: warn turns into a failed step, and the SBOM and diff are evidence
        Assert.Equal(1, exit);
        ActionAssert.GateReported(step, repo.Path, GateIds.SupplyChain, "warn");
        Assert.Contains("| `added` | 1 |", step.Summary, StringComparison.Ordinal);
        using var diff = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Path, "artifacts", "gates", GateIds.SupplyChain, "sbom-diff.json")));
        var change = Assert.Single(diff.RootElement.GetProperty("changes").EnumerateArray());
        Assert.Equal(("ms", "2.1.3"), (change.GetProperty("name").GetString(), change.GetProperty("head").GetString()));
        Assert.Equal(baseSha, diff.RootElement.GetProperty("base").GetString());
        var evidence = Directory.EnumerateFiles(Path.Combine(repo.Path, "artifacts", "gates", GateIds.SupplyChain)).Select(Path.GetFileName).ToList();
        Assert.Contains(evidence, f => f!.EndsWith(".cdx.json", StringComparison.Ordinal));
        Assert.DoesNotContain(evidence, f => f!.EndsWith(".spdx.json", StringComparison.Ordinal));
        Assert.Equal("neutral", (string?)Assert.Single(Server.State.CheckRunsNamed(GateIds.SupplyChain))["conclusion"]);
    }
}
