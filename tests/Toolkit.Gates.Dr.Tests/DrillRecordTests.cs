using Toolkit.Gates.Dr.Checks;
using Toolkit.Gates.Dr.Drills;
using Toolkit.Gates.Dr.Prometheus;
using Toolkit.Testing;

namespace Toolkit.Gates.Dr.Tests;

/// <summary>Drill records and backup answers judged without servers.</summary>
public sealed class DrillRecordTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly DrSystem Orders = new("orders-db", "max(x)", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30));

    [Fact]
    public void A_record_with_an_unknown_field_or_a_time_without_a_zone_is_refused_naming_file_and_entry()
    {
        using var dir = new TempDirectory();
        dir.Write("failover.json", """[{"system": "orders-db", "started": "2026-11-20T10:00:00", "completed": "2026-11-20T10:18:00Z", "result": "pass", "rtto": "18m"}]""");

        var (records, problems) = DrillReader.Read(dir.Path, "dr");

        Assert.Empty(records);
        Assert.Contains(problems, p => p.ToString() == "dr/failover.json: entry 1: unknown field 'rtto'; the fields are completed, kind, notes, operator, result, rpo, rto, started, system, ticket");
        Assert.Contains(problems, p => p.ToString().StartsWith("dr/failover.json: entry 1: 'started' is '2026-11-20T10:00:00', not an RFC 3339 time with a zone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_that_is_not_json_names_the_line()
    {
        using var dir = new TempDirectory();
        dir.Write("cutback.json", "{\n  \"system\": \"orders-db\",\n  oops\n}");

        var problem = Assert.Single(DrillReader.Read(dir.Path, "dr").Problems);

        Assert.StartsWith("dr/cutback.json:3: not valid JSON", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_defaults_to_the_file_name_and_rto_to_the_drill_duration()
    {
        using var dir = new TempDirectory();
        dir.Write("cutback.json", """{"system": "orders-db", "started": "2026-11-20T10:00:00Z", "completed": "2026-11-20T10:18:00+00:00", "result": "pass"}""");

        var record = Assert.Single(DrillReader.Read(dir.Path, "dr").Records);

        Assert.Equal(("cutback", TimeSpan.FromMinutes(18), (TimeSpan?)null), (record.Kind, record.MeasuredRto, record.MeasuredRpo));
    }

    [Fact]
    public void A_failed_drill_after_the_last_pass_and_a_slow_restore_are_both_reported()
    {
        var pass = new DrillRecord("orders-db", "failover", At.AddDays(-10).AddHours(-1), At.AddDays(-10), TimeSpan.FromMinutes(45), null, true, "dr/failover.json", 1);
        var fail = new DrillRecord("orders-db", "cutback", At.AddDays(-2).AddHours(-1), At.AddDays(-2), TimeSpan.FromMinutes(10), null, false, "dr/cutback.json", 1);
        var backups = new[] { new BackupStatus(Orders, At.AddMinutes(-1), null) };

        var (findings, metrics, _, couldNotEvaluate) = DrJudgement.Judge(backups, DrillCheck.Run([Orders], [pass, fail], At), [pass, fail], TimeSpan.FromDays(30), At);

        Assert.False(couldNotEvaluate);
        Assert.Equal(["dr/drill-failed", "dr/rto-exceeded"], findings.Select(f => f.RuleId));
        Assert.Equal(1, metrics["drill_recent"]);
    }

    [Fact]
    public void Drills_after_the_evaluation_time_do_not_count()
    {
        var future = new DrillRecord("orders-db", "failover", At.AddDays(1), At.AddDays(1).AddMinutes(10), TimeSpan.FromMinutes(10), null, true, "dr/failover.json", 1);

        var status = Assert.Single(DrillCheck.Run([Orders], [future], At));

        Assert.Null(status.LastPass);
    }

    [Theory]
    [InlineData(1_763_726_400_000d, "not a Unix time in seconds")]
    [InlineData(1_795_500_000d, "after the evaluation time")]
    public void A_timestamp_in_milliseconds_or_in_the_future_is_not_taken_as_fresh(double value, string expected)
    {
        var status = BackupFreshnessCheck.Judge(Orders, new InstantQueryResult(value, 1, null), At);

        Assert.Null(status.LastBackup);
        Assert.Contains(expected, status.Error, StringComparison.Ordinal);
    }
}
