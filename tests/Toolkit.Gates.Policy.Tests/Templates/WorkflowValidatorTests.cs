using Toolkit.Gates.Policy.Yaml;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>The validator the template tests rely on finds what GitHub would reject (so a passing template means something).</summary>
public sealed class WorkflowValidatorTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private const string Valid = $$$"""
        name: ok
        on:
          pull_request:
          workflow_call:
            inputs:
              flag:
                type: boolean
                default: false
              count:
                type: number
                default: 3
            outputs:
              result:
                value: ${{ jobs.b.outputs.result }}
        permissions: {}
        jobs:
          a:
            runs-on: ubuntu-24.04
            permissions:
              contents: read
            steps:
              - uses: actions/checkout@{{{Sha}}} # v4.2.2
              - run: echo "${{ github.sha }}"
          b:
            needs: [a]
            uses: acme/shared/.github/workflows/build.yml@{{{Sha}}} # v1
        """;

    [Fact]
    public void A_well_formed_workflow_has_no_problems()
    {
        Assert.Empty(Validate(Valid));
    }

    [Theory]
    [InlineData("  pull_request:", "  pull_requests:", "Unknown event 'pull_requests'")]
    [InlineData("permissions: {}", "permissions: {contents: admin}", "must be read, write or none")]
    [InlineData("permissions: {}", "permissions: {content: read}", "Unknown permission scope 'content'")]
    [InlineData("        default: false", "        default: maybe", "default of input 'flag' is not a boolean")]
    [InlineData("        default: 3", "        default: three", "default of input 'count' is not a number")]
    [InlineData("        type: number", "        type: integer", "has type 'integer'")]
    [InlineData("    needs: [a]", "    needs: [c]", "needs 'c', which is not another job")]
    [InlineData("    runs-on: ubuntu-24.04", "    timeout-minutes: 5", "needs exactly one of runs-on and uses")]
    [InlineData("      - run: echo \"${{ github.sha }}\"", "      - run: echo \"${{ github.sha }\"", "is not closed")]
    [InlineData("      - run: echo \"${{ github.sha }}\"", "      - name: nothing", "needs exactly one of uses and run")]
    [InlineData("      - uses: actions/checkout@" + Sha + " # v4.2.2", "      - uses: actions/checkout@v4", "not pinned by a full commit SHA")]
    [InlineData("      - uses: actions/checkout@" + Sha + " # v4.2.2", "      - uses: actions/checkout@" + Sha, "no '# vX' comment")]
    [InlineData("    uses: acme/shared/.github/workflows/build.yml@" + Sha + " # v1", "    uses: acme/shared/.github/workflows/build.yml@main", "not pinned")]
    [InlineData("  a:", "  a:\n    bogus: 1", "Unknown key 'bogus' in job 'a'")]
    [InlineData("        value: ${{ jobs.b.outputs.result }}", "        description: no value", "Output 'result' needs a value")]
    public void Finds_what_github_would_reject(string line, string replacement, string expected)
    {
        // Given the valid workflow with one line broken
        Assert.Contains(line, Valid, StringComparison.Ordinal);
        var broken = Valid.Replace(line, replacement, StringComparison.Ordinal);

        // When it is validated / Then the problem is reported
        var problems = Validate(broken);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Needs_that_form_a_cycle_are_reported()
    {
        // Given three jobs that need each other in a ring
        var yaml = """
            on: push
            permissions: {}
            jobs:
              a: { runs-on: x, needs: c, steps: [{ run: "true" }] }
              b: { runs-on: x, needs: a, steps: [{ run: "true" }] }
              c: { runs-on: x, needs: b, steps: [{ run: "true" }] }
            """;

        // Then the cycle is named
        var problem = Assert.Single(Validate(yaml));
        Assert.Contains("cycle: a -> c -> b -> a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_without_on_or_jobs_is_reported()
    {
        var problems = Validate("name: nothing\n");

        Assert.Contains(problems, p => p.Message.Contains("no 'on'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("no jobs", StringComparison.Ordinal));
    }

    private static IReadOnlyList<WorkflowProblem> Validate(string yaml)
    {
        var file = YamlFile.Parse("w.yml", yaml.ReplaceLineEndings("\n"), out var error);
        Assert.True(file is not null, error?.ToString());
        return WorkflowValidator.Validate(file);
    }
}
