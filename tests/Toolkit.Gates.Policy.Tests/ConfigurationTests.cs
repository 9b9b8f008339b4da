using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task The_gates_yml_section_chooses_paths_packs_and_budgets_and_the_command_line_wins()
    {
        // Given the bad repository with a section that checks only deploy/ with the Kubernetes pack
        using var repo = PolicySampleRepository.Bad();
        repo.Write(".github/gates.yml", """
            version: 1
            gates:
              policy-ci:
                paths: [deploy]
                packs: [kubernetes]
                disabled_rules: [policy/k8s/no-liveness-probe]
                max_image_mb: {gateway: 180}
            """);

        // When the gate runs, once as configured and once with the Dockerfile pack from the command line
        var configured = await PolicyRun.GateAsync(repo.Root);
        var overridden = await PolicyRun.GateAsync(repo.Root, new PolicyOverrides { Paths = ["Dockerfile"], Packs = ["dockerfile"] });

        // Then the section is honoured, and the overrides replace it
        Assert.All(configured.Findings, f => Assert.StartsWith("deploy/", f.Location!.Path, StringComparison.Ordinal));
        Assert.DoesNotContain(configured.Findings, f => f.RuleId == "policy/k8s/no-liveness-probe");
        Assert.NotEmpty(overridden.Findings);
        Assert.All(overridden.Findings, f => Assert.Equal("Dockerfile", f.Location!.Path));
    }

    [Fact]
    public async Task An_unknown_key_in_the_section_fails_closed_with_its_line_and_a_suggestion()
    {
        // Given a section with a typo
        using var repo = new PolicySampleRepository.Empty();
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    disable_rules: [policy/k8s/host-pid]\n");

        // When the gate runs
        var outcome = await PolicyRun.GateAsync(repo.Root);

        // Then it cannot evaluate and points at the key
        Assert.True(outcome.IsError);
        Assert.Equal(4, outcome.Findings[0].Location!.Line);
        Assert.Contains("disabled_rules", outcome.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_fails_closed()
    {
        // Given a command line path that is not in the repository
        using var repo = new PolicySampleRepository.Empty();

        // When the gate runs
        var outcome = await PolicyRun.GateAsync(repo.Root, new PolicyOverrides { Paths = ["nope/"] });

        // Then it cannot evaluate rather than passing on nothing
        Assert.True(outcome.IsError);
        Assert.Contains("'nope/'", outcome.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_yaml_syntax_error_fails_closed_at_its_line_but_other_findings_are_kept()
    {
        // Given a broken manifest beside a bad Dockerfile, and a Helm template that is not YAML
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("deploy/broken.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");
        repo.Write("Dockerfile", "FROM alpine\n");
        repo.Write("chart/Chart.yaml", "apiVersion: v2\nname: chart\nversion: 1.0.0\n");
        repo.Write("chart/templates/deploy.yaml", "{{- if .Values.enabled }}\nkind: {{ .Values.kind }}\n{{- end }}\n");

        // When the gate runs
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["kubernetes", "dockerfile"] });

        // Then the verdict is an error at the broken file, the Dockerfile findings are still reported, the template is skipped
        Assert.True(outcome.IsError);
        Assert.Equal("deploy/broken.yaml", outcome.Findings[0].Location!.Path);
        Assert.True(outcome.Findings[0].Location!.Line >= 4, outcome.Findings[0].Location!.ToString());
        Assert.Contains(outcome.Findings, f => f.RuleId == "policy/docker/last-user-root");
        Assert.DoesNotContain(outcome.Findings, f => f.Location?.Path.StartsWith("chart/templates", StringComparison.Ordinal) == true);
    }
}
