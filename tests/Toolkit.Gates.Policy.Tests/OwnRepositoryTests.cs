using Toolkit.Core.Gates;
using Toolkit.Core.Configuration;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests;

public sealed class OwnRepositoryTests
{
    [Fact]
    public async Task The_toolkits_own_workflows_and_configuration_pass_policy_ci()
    {
        // Given this repository and its own gates.yml section for policy-ci
        var root = RepositoryPaths.Root;
        var loaded = new GatesConfigLoader(GateIds.All).LoadFile(root, null);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics));
        Assert.NotNull(loaded.Value!.SectionFor(GateIds.Policy));

        // When the gate checks it outside a pull request
        var outcome = await PolicyRun.GateAsync(root);

        // Then nothing is found
        Assert.False(outcome.IsError, outcome.Findings.Describe());
        Assert.True(outcome.Findings.Count == 0, outcome.Findings.Describe());
        Assert.True(outcome.Metrics["workflows"] >= 1);
    }
}
