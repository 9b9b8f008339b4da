using Toolkit.Core.Verdicts;
using Toolkit.Gates.Dr.Tests.Fixtures;

namespace Toolkit.Gates.Dr.Tests;

/// <summary>dr-freshness against a real Prometheus loaded by promtool.</summary>
[Collection(BackupPrometheusCollection.Name)]
[Trait("Needs", "Prometheus")]
public sealed class DrGateTests(BackupPrometheusFixture prometheus)
{
    private string Config(params string[] systems) =>
        $"    prometheus_url: {prometheus.Url}\n    at: \"{prometheus.At}\"\n    max_drill_age: 30d\n    systems:\n" +
        string.Concat(systems.Select(s => $"      - name: {s}\n        backup_timestamp: max({BackupPrometheusFixture.Metric}{{system=\"{s}\"}})\n        rpo: 5m\n        rto: 30m\n"));

    [Fact]
    public async Task A_fresh_backup_and_a_recent_drill_pass()
    {
        // Given orders-db, backed up 2 minutes ago, with a passing failover drill last week
        using var harness = new DrHarness().WithConfig(Config("orders-db"))
            .WithDrill("failover.json", DrHarness.Drill("orders-db", prometheus.End.AddDays(-7)));

        // When the gate runs
        var verdict = await harness.RunAsync(new DrGate());

        // Then it passes, with the backup's age measured and drill_recent set
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Empty(verdict.Findings);
        Assert.Equal(120, verdict.Metrics["orders-db.backup_age_s"]);
        Assert.Equal(1, verdict.Metrics["drill_recent"]);
        Assert.True(Assert.Single(verdict.Thresholds).Passed);
        Assert.Contains(verdict.Evidence, e => e.Path == "dr-freshness/dr/freshness.json");
        Assert.Contains(verdict.Evidence, e => e.Path == "dr-freshness/dr/failover.json");
    }

    [Fact]
    public async Task A_stale_backup_fails_naming_the_system_and_its_age()
    {
        // Given billing-db, whose last backup finished 3 hours ago, against an RPO of 5 minutes
        using var harness = new DrHarness().WithConfig(Config("billing-db"))
            .WithDrill("failover.json", DrHarness.Drill("billing-db", prometheus.End.AddDays(-3)));

        // When the gate runs
        var verdict = await harness.RunAsync(new DrGate());

        // Then it fails on the backup, saying which system and how old
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        var stale = Assert.Single(verdict.Findings);
        Assert.Equal("dr/backup-stale", stale.RuleId);
        Assert.StartsWith("billing-db: the last successful backup finished 3h ago", stale.Message, StringComparison.Ordinal);
        Assert.Equal(".github/gates.yml", stale.Location!.Path);
        Assert.Equal(10800, verdict.Metrics["billing-db.backup_age_s"]);
    }

    [Fact]
    public async Task A_system_without_backup_data_is_an_error_not_a_pass()
    {
        // Given search, for which Prometheus has no series at all, beside a healthy system
        using var harness = new DrHarness().WithConfig(Config("orders-db", "search"))
            .WithDrill("failover.json", $"[{DrHarness.Drill("orders-db", prometheus.End.AddDays(-1))}, {DrHarness.Drill("search", prometheus.End.AddDays(-1))}]");

        // When the gate runs
        var verdict = await harness.RunAsync(new DrGate());

        // Then it could not evaluate, and says which system and which query
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var missing = Assert.Single(verdict.Findings, f => f.RuleId == "dr/no-backup-data");
        Assert.Contains("search: the last backup time is unknown: no data", missing.Message, StringComparison.Ordinal);
        Assert.Contains("system=\"search\"", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_drill_fails_and_drill_recent_is_false()
    {
        // Given orders-db, freshly backed up, whose last passing drill was 45 days ago (max 30d)
        using var harness = new DrHarness().WithConfig(Config("orders-db"))
            .WithDrill("failover.json", DrHarness.Drill("orders-db", prometheus.End.AddDays(-45)));

        // When the gate runs
        var verdict = await harness.RunAsync(new DrGate());

        // Then the drill is too old
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        var stale = Assert.Single(verdict.Findings);
        Assert.Equal("dr/drill-stale", stale.RuleId);
        Assert.Contains("is 45d old, past max_drill_age 30d", stale.Message, StringComparison.Ordinal);
        Assert.Equal("dr/failover.json", stale.Location!.Path);
        Assert.Equal(0, verdict.Metrics["drill_recent"]);
    }

    [Fact]
    public async Task An_unreachable_prometheus_is_an_error_naming_the_url()
    {
        // Given a Prometheus URL nothing listens on
        using var harness = new DrHarness().WithConfig(
            "    prometheus_url: http://127.0.0.1:9/\n    systems:\n      - name: orders-db\n        backup_timestamp: up\n        rpo: 5m\n        rto: 30m\n");

        // When the gate runs
        var verdict = await harness.RunAsync(new DrGate());

        // Then it could not evaluate
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("http://127.0.0.1:9/ is unreachable", Assert.Single(verdict.Findings, f => f.RuleId == "dr/no-backup-data").Message, StringComparison.Ordinal);
    }
}
