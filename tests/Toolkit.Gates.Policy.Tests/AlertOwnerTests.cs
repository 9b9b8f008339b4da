using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests;

/// <summary>Owner labels are an organisation's convention: asked only of paging (Sev1/Sev2) alerts, under configurable names.</summary>
public sealed class AlertOwnerTests
{
    private const string Rules = """
        groups:
          - name: app
            rules:
              - alert: Down
                expr: up == 0
                labels: {severity: critical}
                annotations: {runbook_url: "https://runbooks.example.com/down"}
              - alert: Slow
                expr: latency > 1
                labels: {severity: warning}
                annotations: {runbook_url: "https://runbooks.example.com/slow"}
              - alert: Owned
                expr: errors > 1
                labels: {severity: page, squad: payments}
                annotations: {runbook_url: "https://runbooks.example.com/errors"}
        """;

    [Fact]
    public async Task Only_paging_alerts_are_asked_for_an_owner_with_the_default_labels_owner_and_team()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("rules/app.yml", Rules);

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["alerts"] });

        // Only the owner rule is under test; the hygiene checks (for-missing on these sample alerts) have their own tests.
        Assert.Equal([("policy/alerts/missing-owner", 6), ("policy/alerts/missing-owner", 14)], outcome.At("rules/app.yml").Where(f => f.Item1 == "policy/alerts/missing-owner"));
        Assert.Equal(0, outcome.Metrics["sev12_owner_coverage_pct"]);
    }

    [Fact]
    public async Task The_owner_label_names_are_configurable()
    {
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("rules/app.yml", Rules.Replace("severity: critical}", "severity: critical, squad: sre}", StringComparison.Ordinal));

        var outcome = await PolicyRun.EvaluateAsync(repo.Root, new PolicyOptions { Packs = ["alerts"], AlertOwnerLabels = ["squad"] });

        Assert.DoesNotContain(outcome.Findings, f => f.RuleId == "policy/alerts/missing-owner");
        Assert.Equal(100, outcome.Metrics["sev12_owner_coverage_pct"]);
    }
}
