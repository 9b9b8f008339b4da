using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests.Workflows;

/// <summary>Regression tests for findings maintainers of hardened projects rejected (issue 14).</summary>
public sealed class WorkflowFalsePositiveTests
{
    private static async Task<List<string>> FindingsAsync(string workflow, PolicyOptions? options = null)
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/workflows/ci.yml", workflow);
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, options ?? new PolicyOptions { Packs = ["workflows"] });
        Assert.False(outcome.IsError, outcome.Summary);
        return [.. outcome.Findings.Select(f => $"{f.Location!.Line} {f.RuleId}: {f.Message}")];
    }

    private static string Job(string steps, string job = "") => $"on: push\npermissions: {{}}\njobs:\n  a:\n    runs-on: ubuntu-latest\n{job}    steps:\n{steps}";

    [Fact]
    public async Task The_repositorys_own_reusable_workflows_and_actions_are_not_unpinned()
    {
        var findings = await FindingsAsync("on: push\npermissions: {}\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n  local:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/setup\n");

        Assert.Empty(findings);
    }

    [Fact]
    public async Task The_SLSA_generator_at_a_release_tag_is_a_built_in_exception_but_not_at_a_branch()
    {
        var findings = await FindingsAsync("on: push\npermissions: {}\njobs:\n  provenance:\n    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0\n  branch:\n    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@main\n");

        Assert.Equal("7 policy/gha/unpinned-uses", Assert.Single(findings)[..26]);
    }

    [Fact]
    public async Task Users_allow_their_own_tag_referenced_workflows_in_gates_yml()
    {
        var workflow = "on: push\npermissions: {}\njobs:\n  review:\n    uses: sigstore/community/.github/workflows/reusable-dependency-review.yml@main\n";

        Assert.Single(await FindingsAsync(workflow));
        Assert.Empty(await FindingsAsync(workflow, new PolicyOptions { Packs = ["workflows"], AllowedUnpinnedUses = ["sigstore/community/.github/workflows/*"] }));
    }

    [Fact]
    public async Task Artipacked_for_checkout_v6_and_later_says_the_token_is_under_RUNNER_TEMP_not_in_git_config()
    {
        var findings = await FindingsAsync(Job("      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n"));

        Assert.Equal(2, findings.Count);
        Assert.Contains("v6 keeps the token in a credentials file under $RUNNER_TEMP", findings[0], StringComparison.Ordinal);
        Assert.DoesNotContain(".git/config, where", findings[0], StringComparison.Ordinal);
        Assert.Contains("keeps the token in .git/config", findings[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_that_pushes_commits_is_not_told_to_drop_the_token_it_needs()
    {
        var findings = await FindingsAsync(Job("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n      - run: |\n          git commit -am 'update'\n          git push origin HEAD\n", "    permissions:\n      contents: write\n"));

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Expressions_with_dashes_filters_indexes_and_case_insensitive_functions_are_valid()
    {
        var findings = await FindingsAsync(Job("      - id: build-1\n        run: echo hi\n      - if: ${{ always() && steps.build-1.outcome == 'success' }}\n        run: echo \"${{ toJson(github.event.commits.*.id) }} ${{ fromJson(steps['build-1'].outputs.x)[0] }} ${{ HASHFILES('**/x') }}\"\n"));

        Assert.Empty(findings);
    }
}
