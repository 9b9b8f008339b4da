using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Dr.Checks;
using Toolkit.Gates.Dr.Drills;
using Toolkit.Gates.Dr.Rules;

namespace Toolkit.Gates.Dr.Reporting;

/// <summary>The dr-freshness outcome: the judged findings with a summary line, or the error for unreadable drill records.</summary>
internal static class DrOutcome
{
    /// <summary>Drill records that cannot be read: an error, since a drill that does not count could hide a stale system.</summary>
    public static GateOutcome UnreadableDrills(IReadOnlyList<DrillProblem> problems) =>
        new($"{problems.Count} drill record(s) cannot be read; fix them so every drill counts")
        {
            IsError = true,
            Findings = [.. problems.Select(p => DrRules.DrillInvalid.Find(Severity.Error, p.ToString(), new SourceLocation(p.File, p.Line)))],
        };

    public static GateOutcome Build(DrOptions options, Judgement judged, IReadOnlyList<EvidenceItem> evidence) =>
        new(Summary(options, judged))
        {
            IsError = judged.CouldNotEvaluate,
            Findings = judged.Findings,
            Metrics = judged.Metrics,
            Thresholds = judged.Thresholds,
            Evidence = evidence,
        };

    private static string Summary(DrOptions options, Judgement judged)
    {
        var systems = options.Systems.Count;
        var findings = judged.Findings;
        if (judged.CouldNotEvaluate)
        {
            var missing = findings.Count(f => f.RuleId == DrRules.NoBackupData.Id);
            return $"{missing} of {systems} system(s) have no backup data; DR freshness could not be checked";
        }

        if (findings.Count == 0)
        {
            return $"{systems} system(s): backups within RPO, passing drills within {AgeText.Format(options.MaxDrillAge)} and RTO";
        }

        var failing = findings.Select(f => f.Message.Split(':')[0]).Distinct(StringComparer.Ordinal).Count();
        return $"{failing} of {systems} system(s) fail DR freshness ({findings.Count} finding(s)); drill_recent={(judged.Metrics[DrJudgement.DrillRecentMetric] > 0 ? "true" : "false")}";
    }
}
