using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Tests.Samples;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests;

public sealed class WaiverTests
{
    [Fact]
    public async Task A_time_boxed_waiver_suppresses_a_finding_and_an_expired_one_fails_the_gate()
    {
        // Given a Dockerfile whose only finding is shell-form CMD, waived until 2030, and an expired waiver for sudo
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("Dockerfile", "FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nUSER 1000\nCMD /app\n");
        repo.Write(".github/gates.yml", """
            version: 1
            waivers:
              - gate: policy-ci
                rule: policy/docker/json-cmd
                path: Dockerfile
                reason: the base image has no shell-less init yet
                owner: "@acme/platform"
                expires: 2030-01-31
              - gate: policy-ci
                rule: policy/docker/sudo
                path: Dockerfile
                reason: legacy
                owner: "@acme/platform"
                expires: 2020-01-31
            gates:
              policy-ci:
                packs: [dockerfile]
            """);
        // When the runner runs the gate
        var run = await PolicyRun.RunnerAsync(repo.Root);

        // Then the CMD finding is waived, and the expired waiver fails the verdict
        Assert.Contains(run.Verdict.Waived, w => w.Finding.RuleId == "policy/docker/json-cmd");
        Assert.DoesNotContain(run.Verdict.Findings, f => f.RuleId == "policy/docker/json-cmd");
        Assert.Equal(VerdictStatus.Fail, run.Verdict.Verdict);
    }
}
