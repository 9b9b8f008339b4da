using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests.Suppressions;

/// <summary>Inline suppressions: zizmor's comments and our own, which need a reason and are reported when unused.</summary>
public sealed class SuppressionTests
{
    private static async Task<List<Finding>> CheckAsync(string path, string text)
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(path, text);
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["workflows", "dockerfile"] });
        Assert.False(outcome.IsError, outcome.Summary);
        return [.. outcome.Findings];
    }

    [Fact]
    public async Task A_zizmor_ignore_comment_suppresses_the_audit_it_names_on_its_line()
    {
        var findings = await CheckAsync(".github/workflows/ci.yml", "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4 # zizmor: ignore[unpinned-uses, artipacked]\n      - uses: actions/setup-go@v5 # zizmor: ignore[secrets-outside-env] an audit only zizmor has\n");

        Assert.Equal(("policy/gha/unpinned-uses", 8), (Assert.Single(findings).RuleId, findings[0].Location!.Line));
    }

    [Fact]
    public async Task A_gate_ignore_with_a_reason_suppresses_the_next_instruction_or_its_own_line()
    {
        var findings = await CheckAsync("Dockerfile", "# gate: ignore[policy/docker/base-image-not-pinned, policy/docker/base-image-latest] rebuilt nightly from our mirror\nFROM ubuntu\nRUN sudo make install # gate: ignore[policy/docker/sudo] the builder image has no other way\nUSER 1000\n");

        Assert.Empty(findings);
    }

    [Fact]
    public async Task A_gate_ignore_without_a_reason_suppresses_nothing_and_is_an_error()
    {
        var findings = await CheckAsync("Dockerfile", "FROM ubuntu:24.04@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n# gate: ignore[policy/docker/last-user-root]\nUSER root\n");

        Assert.Equal(["policy/docker/last-user-root 3", "policy/ignore-without-reason 2"], findings.Select(f => $"{f.RuleId} {f.Location!.Line}").Order());
    }

    [Fact]
    public async Task A_gate_ignore_that_suppresses_nothing_is_listed_as_a_warning()
    {
        var findings = await CheckAsync("Dockerfile", "# gate: ignore[policy/docker/sudo] no longer needed\nFROM ubuntu:24.04@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER 1000\n# gate: ignore[docker/no-such-rule] typo\n");

        Assert.All(findings, f => Assert.Equal((PolicyRuleIds.UnusedIgnore, Severity.Warning), (f.RuleId, f.Severity)));
        Assert.Equal([1, 4], findings.Select(f => f.Location!.Line));
        Assert.Contains("names no rule", findings[1].Message, StringComparison.Ordinal);
    }
}
