using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

public sealed class RulePackTests
{
    public static TheoryData<string, string> BadFiles => new()
    {
        { "deploy/web.yaml", KubernetesSamples.BadDeployment },
        { "deploy/rendered.yaml", KubernetesSamples.BadCronJobAfterService },
        { "Dockerfile", DockerfileSamples.Bad },
        { ".github/workflows/triage.yml", WorkflowSamples.Bad },
        { "workflow-templates/triage.yml", WorkflowSamples.Bad },
        { ".github/actions/local/action.yml", WorkflowSamples.BadAction },
        { "monitoring/alerts.yml", AlertSamples.Bad },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Every_rule_fires_on_the_bad_example_at_the_line_its_marker_names(string path, string text)
    {
        // Given a repository whose files break the rules at marked lines
        using var repo = PolicySampleRepository.Bad();

        // When the gate checks it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root);

        // Then exactly the marked rules fire, each on its marked line
        Assert.False(outcome.IsError, outcome.Summary);
        Assert.Equal(Expectations.Of(text), outcome.At(path));
    }

    [Fact]
    public async Task The_corrected_repository_has_no_findings_and_full_alert_coverage()
    {
        // Given the same files, corrected
        using var repo = PolicySampleRepository.Good();

        // When the gate checks it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root);

        // Then nothing fires and the Sev1/Sev2 runbook coverage is 100%
        Assert.False(outcome.IsError, outcome.Summary);
        Assert.True(outcome.Findings.Count == 0, outcome.Findings.Describe());
        Assert.Equal(100, outcome.Metrics["sev12_runbook_coverage_pct"]);
        Assert.All(outcome.Thresholds, t => Assert.True(t.Passed, t.Expression));
        Assert.Equal(2, outcome.Metrics["kubernetes_documents"]);
    }

    [Fact]
    public async Task Alert_coverage_of_paging_alerts_is_reported_as_a_failed_threshold()
    {
        // Given rule files where one of two paging alerts has a runbook
        using var repo = PolicySampleRepository.Bad();

        // When the gate checks them
        var outcome = await PolicyRun.EvaluateAsync(repo.Root);

        // Then the coverage is 50% and the ==100 threshold fails
        Assert.Equal(50, outcome.Metrics["sev12_runbook_coverage_pct"]);
        var threshold = Assert.Single(outcome.Thresholds, t => t.Name == "sev12_runbook_coverage_pct");
        Assert.False(threshold.Passed);
        Assert.Equal("sev12_runbook_coverage_pct==100", threshold.Expression);
    }

    [Fact]
    public async Task Findings_carry_the_rule_metadata_and_the_exact_column()
    {
        // Given a workflow with an unpinned action
        using var repo = PolicySampleRepository.Bad();

        // When the gate checks it
        var outcome = await PolicyRun.EvaluateAsync(repo.Root);

        // Then the finding points at the uses key's column and says how to fix it, with zizmor's name in the help
        var finding = outcome.Findings.First(f => f.RuleId == "policy/gha/unpinned-uses" && f.Location!.Path == ".github/workflows/triage.yml");
        Assert.Equal(new SourceLocation(".github/workflows/triage.yml", 13, 9), finding.Location);
        Assert.Equal("https://docs.zizmor.sh/audits/#unpinned-uses", finding.HelpUri);
        Assert.Contains("Fix: Pin the full 40-character commit SHA", finding.Message, StringComparison.Ordinal);
        Assert.Equal("workflows", finding.Properties!["pack"]);
        var injection = outcome.Findings.First(f => f.RuleId == "policy/gha/template-injection" && f.Location!.Path == ".github/workflows/triage.yml");
        Assert.Equal(17, injection.Location!.Column);
        var dockerfile = outcome.Findings.First(f => f.RuleId == "policy/docker/sudo");
        Assert.Contains("DL3004", dockerfile.HelpUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_rules_and_packs_do_not_run()
    {
        // Given the bad repository
        using var repo = PolicySampleRepository.Bad();

        // When probes are disabled and only the Kubernetes pack runs
        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions
        {
            Packs = ["kubernetes"],
            DisabledRules = ["policy/k8s/no-liveness-probe", "policy/k8s/no-readiness-probe"],
        });

        // Then only Kubernetes findings remain, without the probe rules
        Assert.All(outcome.Findings, f => Assert.StartsWith("policy/k8s/", f.RuleId, StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Findings, f => f.RuleId.EndsWith("-probe", StringComparison.Ordinal));
        Assert.NotEmpty(outcome.Findings);
    }
}
