using Toolkit.Core.Gates;

namespace Toolkit.Gates.Dr.Rules;

/// <summary>The rules of dr-freshness, all prefixed <c>dr/</c>, with their titles and help anchors in docs/dr.md.</summary>
internal static class DrRules
{
    public static readonly GateRule BackupStale = Rule("backup-stale", "Backup older than the RPO");
    public static readonly GateRule NoBackupData = Rule("no-backup-data", "No backup data");
    public static readonly GateRule DrillMissing = Rule("drill-missing", "No passing drill");
    public static readonly GateRule DrillStale = Rule("drill-stale", "Drill too old");
    public static readonly GateRule DrillFailed = Rule("drill-failed", "Latest drill failed");
    public static readonly GateRule RtoExceeded = Rule("rto-exceeded", "Drill slower than the RTO");
    public static readonly GateRule RpoExceeded = Rule("rpo-exceeded", "Drill lost more than the RPO");
    public static readonly GateRule DrillInvalid = Rule("drill-invalid", "Unreadable drill record");

    /// <summary>Every rule, in the order docs/dr.md lists them.</summary>
    public static IReadOnlyList<GateRule> All { get; } = [BackupStale, NoBackupData, DrillMissing, DrillStale, DrillFailed, RtoExceeded, RpoExceeded, DrillInvalid];

    private static GateRule Rule(string name, string title) => GateRule.Documented("dr/", name, title, "dr.md");
}
