using Toolkit.Core.Gates;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Actions;

public sealed class DrActionTests : ActionJob
{
    [Fact]
    public async Task A_system_whose_backups_cannot_be_read_is_reported_as_error_through_the_action()
    {
        // Given one system and a passing drill record, but a Prometheus URL nothing answers on
        using var workspace = new TempDirectory();
        workspace.Write(".github/gates.yml", "version: 1\ngates:\n  dr-freshness:\n    systems:\n      - name: orders-db\n        backup_timestamp: max(velero_backup_last_successful_timestamp)\n        rpo: 5m\n        rto: 30m\n");
        workspace.Write("ops/dr/failover.json", """{"system": "orders-db", "started": "2026-11-20T10:00:00Z", "completed": "2026-11-20T10:18:00Z", "result": "pass"}""");
        using var job = PullRequestJob();
        var step = new ActionStep("dr-freshness", job, workspace.Path);

        // When the step runs the action with the Prometheus URL, the drills folder and a fixed time as inputs
        var exit = await step.RunAsync(new Dictionary<string, string>
        {
            ["prometheus-url"] = "http://127.0.0.1:9",
            ["drills"] = "ops/dr",
            ["at"] = "2026-11-21T12:00:00Z",
        });

        // Then the gate could not check the backups: error, which fails the step, never a pass
        Assert.True(exit == 1, step.Printed);
        ActionAssert.GateReported(step, workspace.Path, GateIds.Dr, "error");
        Assert.Contains("orders-db: the last backup time is unknown", File.ReadAllText(workspace.Combine("artifacts", "gates", "dr-freshness.verdict.json")), StringComparison.Ordinal);
    }
}
