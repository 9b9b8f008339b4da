namespace Toolkit.Gates.Dr.Rules;

/// <summary>The rule ids of dr-freshness, all prefixed <c>dr/</c>, with their help anchors.</summary>
internal static class DrRules
{
    public const string BackupStale = "dr/backup-stale";
    public const string NoBackupData = "dr/no-backup-data";
    public const string DrillMissing = "dr/drill-missing";
    public const string DrillStale = "dr/drill-stale";
    public const string DrillFailed = "dr/drill-failed";
    public const string RtoExceeded = "dr/rto-exceeded";
    public const string RpoExceeded = "dr/rpo-exceeded";
    public const string DrillInvalid = "dr/drill-invalid";

    private const string Help = "https://github.com/toolkit/toolkit/blob/main/docs/dr.md#";

    public static string HelpFor(string rule) => Help + rule["dr/".Length..];
}
