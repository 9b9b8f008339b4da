using Cake.Core;
using Cake.Frosting;
using Toolkit.Core.Configuration;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.LibraryApi;

/// <summary>
/// The README's Cake Frosting example is this project's <c>PolicyGateTask.cs</c>, compiled against stand-ins for the
/// few Cake types it names, and run on real repositories: the documented library API works as documented.
/// </summary>
public sealed class FrostingExampleTests
{
    [Fact]
    public void The_readme_example_is_the_compiled_task()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var task = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests/Toolkit.Cli.Tests/LibraryApi/PolicyGateTask.cs")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + task + "```\n", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_task_passes_on_a_clean_repository_and_writes_the_reports()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gates:\n  policy-ci:\n    paths: [deploy]\n");
        repo.Write("deploy/web.yaml", KubernetesManifests.HardenedDeployment);
        repo.Write(".github/CODEOWNERS", "* @acme/platform\n");
        var context = new FrostingContext(repo.Path);

        await new PolicyGateTask().RunAsync(context);

        Assert.StartsWith("policy-ci: Pass", Assert.Single(context.Log), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo.Path, "artifacts/gates/policy-ci.verdict.json")));
    }

    [Fact]
    public async Task The_task_throws_when_the_gate_blocks()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gates:\n  policy-ci:\n    paths: [deploy]\n");
        repo.Write("deploy/web.yaml", KubernetesManifests.HardenedDeployment.Replace(":1.4.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", ":latest", StringComparison.Ordinal));

        var failure = await Assert.ThrowsAsync<CakeException>(() => new PolicyGateTask().RunAsync(new FrostingContext(repo.Path)));

        Assert.Contains("policy-ci blocks the build", failure.Message, StringComparison.Ordinal);
        Assert.Contains("policy-ci.verdict.json", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_gates_yml_fails_the_task_with_every_problem()
    {
        using var repo = new TempDirectory();
        repo.Write(".github/gates.yml", "gates:\n  policy-ci: {}\nsettingz: {}\nwaiverz: []\n");

        var failure = await Assert.ThrowsAsync<GatesConfigException>(() => new PolicyGateTask().RunAsync(new FrostingContext(repo.Path)));

        Assert.Equal(2, failure.Diagnostics.Count);
        Assert.Contains(".github/gates.yml:3:1", failure.Message, StringComparison.Ordinal);
    }
}
