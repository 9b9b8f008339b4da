using Toolkit.Cli;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class CommandLineTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(string root, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = RunEnvironment.From(new Dictionary<string, string> { ["CI"] = "true" });
        var exit = await GateCli.RunAsync([.. args, "--repo", root], new CliConsole(output, error, IsOutputRedirected: true), environment, GateCatalog.BuiltIn, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Gate_policy_fails_on_the_bad_repository_and_writes_its_reports()
    {
        // Given the bad sample repository
        using var repo = PolicySampleRepository.Bad();

        // When `gate policy` runs on it (governance left out: the test may itself run inside a PR job)
        var (exit, output, _) = await RunAsync(repo.Root, "policy", "--pack", "kubernetes", "--pack", "dockerfile", "--pack", "workflows", "--pack", "alerts");

        // Then it exits 1 and leaves the verdict and SARIF behind
        Assert.Equal(1, exit);
        Assert.Contains("policy-ci", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo.Root, "artifacts", "gates", "policy-ci.sarif")));
        Assert.True(File.Exists(Path.Combine(repo.Root, "artifacts", "gates", "policy-ci", "alert-hygiene.json")));
    }

    [Fact]
    public async Task Gate_policy_passes_on_the_corrected_repository_and_accepts_paths()
    {
        // Given the corrected repository
        using var repo = PolicySampleRepository.Good();

        // When `gate policy deploy Dockerfile` runs
        var (exit, output, error) = await RunAsync(repo.Root, "policy", "deploy", "Dockerfile", "--pack", "kubernetes", "--pack", "dockerfile");

        // Then it passes
        Assert.True(exit == 0, output + error);
    }

    [Fact]
    public async Task An_unknown_pack_is_a_usage_error()
    {
        using var repo = new PolicySampleRepository.Empty();
        var (exit, _, error) = await RunAsync(repo.Root, "policy", "--pack", "kubernetess");
        Assert.Equal(2, exit);
        Assert.Contains("kubernetess", error, StringComparison.Ordinal);
    }
}
