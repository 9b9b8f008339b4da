using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests.Workflows;

public sealed class AllowedUnpinnedUsesTests
{
    [Fact]
    public async Task Allowed_unpinned_uses_in_gates_yml_exempt_an_organisations_own_reusable_workflows()
    {
        // Given cosign's use of its organisation's reusable workflow at @main, allowed in gates.yml
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/review.yml", "on: pull_request\npermissions: {}\njobs:\n  review:\n    uses: sigstore/community/.github/workflows/reusable-dependency-review.yml@main\n  other:\n    uses: acme/tools/.github/workflows/x.yml@main\n");
        repo.Write(".github/CODEOWNERS", "* @sigstore/maintainers\n");
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [workflows]\n    allowed_unpinned_uses: [\"sigstore/community/.github/workflows/*\"]\n");

        // When the gate runs with that configuration
        var outcome = await PolicyRun.GateAsync(repo.Root);

        // Then only the workflow of another organisation is unpinned
        Assert.Equal([("policy/gha/unpinned-uses", 7)], outcome.At(".github/workflows/review.yml"));
    }
}
