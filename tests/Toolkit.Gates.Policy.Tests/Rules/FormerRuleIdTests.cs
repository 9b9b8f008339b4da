using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Gates.Policy.Tests.Samples;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Rules;

/// <summary>
/// Every rule id carries the gate's one prefix, <c>policy/</c> (issue 19); the ids users wrote before it
/// (<c>docker/sudo</c>, <c>custom/team-label</c>) keep working in inline ignores, disabled_rules and waivers.
/// </summary>
public sealed class FormerRuleIdTests
{
    private const string Digest = "@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Every_rule_id_has_the_policy_prefix_and_its_former_id_finds_the_same_rule()
    {
        Assert.All(PolicyRules.All, rule =>
        {
            Assert.StartsWith("policy/", rule.Id, StringComparison.Ordinal);
            Assert.Same(rule, PolicyRules.Find(rule.Id));
            if (rule.FormerId is { } former)
            {
                Assert.Equal("policy/" + former, rule.Id);
                Assert.Same(rule, PolicyRules.Find(former));
            }
        });
        Assert.Null(PolicyRules.IgnoreWithoutReason.FormerId);
        Assert.Equal("policy/docker/sudo", PolicyRules.CurrentId("docker/sudo"));
        Assert.Equal("docker/no-such-rule", PolicyRules.CurrentId("docker/no-such-rule"));
    }

    [Fact]
    public async Task A_finding_carries_its_former_id_and_its_upstream_name_as_aliases()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("Dockerfile", $"FROM ubuntu:24.04{Digest}\nUSER 1000\nRUN sudo make install\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });

        var sudo = Assert.Single(outcome.Findings, f => f.RuleId == "policy/docker/sudo");
        Assert.Equal(new[] { "docker/sudo", "DL3004" }, sudo.Aliases);
    }

    [Fact]
    public async Task A_former_id_in_an_inline_ignore_still_suppresses_its_finding()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("Dockerfile", $"FROM ubuntu:24.04{Digest}\nUSER 1000\nRUN sudo make install # gate: ignore[docker/sudo] the builder image has no other way\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["dockerfile"] });

        Assert.Empty(outcome.Findings.Describe());
    }

    [Fact]
    public async Task Former_ids_in_disabled_rules_and_on_the_command_line_still_switch_rules_off()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [kubernetes]\n    disabled_rules: [k8s/no-liveness-probe]\n");
        repo.Write("deploy/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n");

        var outcome = await PolicyRun.GateAsync(repo.Root, new PolicyOverrides { DisabledRules = ["k8s/no-readiness-probe"] });

        Assert.False(outcome.IsError, outcome.Summary);
        Assert.Contains(outcome.Findings, f => f.RuleId == "policy/k8s/run-as-non-root");
        Assert.DoesNotContain(outcome.Findings, f => f.RuleId is "policy/k8s/no-liveness-probe" or "policy/k8s/no-readiness-probe");
    }

    [Fact]
    public void A_misspelt_former_id_in_disabled_rules_is_reported_with_the_current_id_to_use()
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader("disabled_rules: [k8s/no-livenes-probe]\n"));
        var section = new GateSection(GateIds.Policy, "gates.yml", (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode, new Core.Verdicts.SourceLocation("gates.yml", 1, 1));

        var (_, diagnostics) = PolicyOptionsBinder.Bind(section, null);

        var problem = Assert.Single(diagnostics);
        Assert.Equal("policy/k8s/no-liveness-probe", problem.Suggestion);
    }

    [Fact]
    public async Task A_waiver_naming_a_former_id_still_waives_the_finding()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("Dockerfile", $"FROM alpine:3.20{Digest}\nUSER 1000\nCMD /app\n");
        repo.Write(".github/gates.yml", """
            version: 1
            waivers:
              - gate: policy-ci
                rule: docker/json-cmd
                path: Dockerfile
                reason: the base image has no shell-less init yet
                owner: "@acme/platform"
                expires: 2030-01-31
            gates:
              policy-ci:
                packs: [dockerfile]
            """);
        var run = await PolicyRun.RunnerAsync(repo.Root);

        Assert.Contains(run.Verdict.Waived, w => w.Finding.RuleId == "policy/docker/json-cmd");
        Assert.Empty(run.Verdict.Findings);
    }

    [Fact]
    public async Task Custom_rule_ids_get_the_prefix_and_their_former_id_still_matches_an_ignore()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("policy/rules.yml", "rules:\n  - id: team-label\n    message: Name the team.\n    select: {kinds: [Deployment]}\n    path: metadata.labels.team\n    operator: exists\n  - id: no-default\n    message: Not in default.\n    select: {kinds: [Deployment]}\n    path: metadata.namespace\n    operator: not-in\n    values: [default]\n");
        repo.Write("deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: # gate: ignore[custom/team-label] labelled by the chart\n  name: app\n  namespace: default\n");

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = [], CustomRules = ["policy/rules.yml"] });

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("policy/custom/no-default", finding.RuleId);
        Assert.Equal(new[] { "custom/no-default" }, finding.Aliases);
    }
}
