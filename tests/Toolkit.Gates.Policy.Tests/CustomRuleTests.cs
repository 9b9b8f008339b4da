using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class CustomRuleTests
{
    private const string Rules = """
        rules:
          - id: team-label
            message: Deployments must name their team.
            severity: error
            select:
              kinds: [Deployment]
            path: metadata.labels.team
            operator: exists
          - id: registry
            message: Images come from our registry.
            severity: warning
            select:
              files: ["deploy/**"]
            path: spec.template.spec.containers[*].image
            operator: matches
            value: ^ghcr\.io/acme/
          - id: replicas
            message: Keep replicas under 10.
            path: spec.replicas
            operator: less-than
            value: 10
          - id: strategy
            message: Only rolling updates.
            path: spec.strategy.type
            operator: in
            values: [RollingUpdate]
          - id: no-default-namespace
            message: Do not deploy to default.
            path: metadata.namespace
            operator: not-in
            values: [default]
          - id: api-version
            message: Use apps/v1.
            select: {kinds: [Deployment]}
            path: apiVersion
            operator: equals
            value: apps/v1
        """;

    private const string Manifest = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: # expect: policy/custom/team-label
          name: web
          namespace: default # expect: policy/custom/no-default-namespace
        spec:
          replicas: 12 # expect: policy/custom/replicas
          strategy:
            type: Recreate # expect: policy/custom/strategy
          template:
            spec:
              containers:
                - name: web
                  image: docker.io/library/nginx:1.27 # expect: policy/custom/registry
                - name: sidecar
                  image: ghcr.io/acme/sidecar:1.0
        """;

    [Fact]
    public async Task A_custom_yaml_rule_fires_at_the_value_or_where_the_path_breaks_off()
    {
        // Given custom rules with every operator and a manifest that breaks five of them
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("policy/rules.yml", Rules);
        repo.Write("deploy/app.yaml", Manifest);

        // When only the custom rules run
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = [], CustomRules = ["policy/rules.yml"] });

        // Then each fires on its marked line, with its own severity
        Assert.False(outcome.IsError, outcome.Summary);
        Assert.Equal(Expectations.Of(Manifest), outcome.At("deploy/app.yaml"));
        Assert.Equal(Severity.Warning, outcome.Findings.Single(f => f.RuleId == "policy/custom/registry").Severity);
        Assert.Contains("Deployments must name their team.", outcome.Findings.Single(f => f.RuleId == "policy/custom/team-label").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_custom_rule_fails_closed_at_its_line()
    {
        // Given a rule with an unknown operator
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("policy/rules.yml", "rules:\n  - id: x\n    message: m\n    path: a.b\n    operator: greater\n");

        // When the gate loads it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = [], CustomRules = ["policy/rules.yml"] });

        // Then it cannot evaluate, naming the file and line
        Assert.True(outcome.IsError);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("policy/rules.yml:5:15", finding.Location!.ToString());
        Assert.Contains("operator", finding.Message, StringComparison.Ordinal);
    }
}
