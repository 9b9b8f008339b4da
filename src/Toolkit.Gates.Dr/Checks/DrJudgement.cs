using Toolkit.Core.Gates;
using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Dr.Drills;
using Toolkit.Gates.Dr.Rules;

namespace Toolkit.Gates.Dr.Checks;

/// <summary>Turns backup and drill statuses into findings, metrics and thresholds; pure, so it is tested without servers.</summary>
internal static class DrJudgement
{
    /// <summary>The verdict metric that <c>gate decide</c> reads as <c>drill_recent</c>: 1 when every system has a recent passing drill.</summary>
    public const string DrillRecentMetric = Toolkit.Core.Decisions.DecisionEngine.DrillRecentMetric;

    public static Judgement Judge(
        IReadOnlyList<BackupStatus> backups, IReadOnlyList<DrillStatus> drills, IReadOnlyList<DrillRecord> records, TimeSpan maxDrillAge, DateTimeOffset at)
    {
        var findings = new List<Finding>();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var thresholds = new List<ThresholdResult>();
        var couldNotEvaluate = false;
        foreach (var backup in backups)
        {
            var system = backup.System;
            if (backup.AgeAt(at) is not { } age)
            {
                couldNotEvaluate = true;
                findings.Add(Find(DrRules.NoBackupData, $"{system.Name}: the last backup time is unknown: {backup.Error}", system.Location));
                continue;
            }

            var ageSeconds = Math.Max(0, age.TotalSeconds);
            metrics[$"{system.Name}.backup_age_s"] = Math.Round(ageSeconds, 3);
            var fresh = age <= system.Rpo;
            thresholds.Add(new ThresholdResult($"{system.Name}.backup_age", $"backup_age_s<={Seconds(system.Rpo)}", Math.Round(ageSeconds, 3), fresh));
            if (!fresh)
            {
                findings.Add(Find(DrRules.BackupStale,
                    $"{system.Name}: the last successful backup finished {AgeText.Format(age)} ago ({backup.LastBackup:O}), past its RPO of {AgeText.Format(system.Rpo)}; a restore now would lose up to {AgeText.Format(age)} of data",
                    system.Location));
            }
        }

        foreach (var drill in drills)
        {
            findings.AddRange(DrillFindings(drill, records, maxDrillAge, at, metrics));
        }

        metrics[DrillRecentMetric] = drills.Count > 0 && drills.All(d => d.IsRecent(at, maxDrillAge)) ? 1 : 0;
        metrics["systems"] = backups.Count;
        return new Judgement(findings, metrics, thresholds, couldNotEvaluate);
    }

    private static IEnumerable<Finding> DrillFindings(DrillStatus drill, IReadOnlyList<DrillRecord> records, TimeSpan maxDrillAge, DateTimeOffset at, Dictionary<string, double> metrics)
    {
        var system = drill.System;
        if (drill.Latest is { Passed: false } failed && (drill.LastPass is null || drill.LastPass.Completed < failed.Completed))
        {
            yield return Find(DrRules.DrillFailed, $"{system.Name}: the latest {failed.Kind} drill ({failed.Completed:O}) failed; fix what it found and drill again", Place(failed));
        }

        if (drill.LastPass is not { } pass)
        {
            var named = records.Select(r => r.System).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var hint = named.Count == 0 ? "there are no drill records" : $"drill records name {string.Join(", ", named)}";
            yield return Find(DrRules.DrillMissing, $"{system.Name}: no passing restore drill on record ({hint}); run a failover or restore drill and record it in the drills folder", system.Location);
            yield break;
        }

        var age = at - pass.Completed;
        metrics[$"{system.Name}.drill_age_s"] = Math.Round(age.TotalSeconds, 3);
        metrics[$"{system.Name}.drill_rto_s"] = Math.Round(pass.MeasuredRto.TotalSeconds, 3);
        if (age > maxDrillAge)
        {
            yield return Find(DrRules.DrillStale, $"{system.Name}: the last passing drill ({pass.Kind}, {pass.Completed:O}) is {AgeText.Format(age)} old, past max_drill_age {AgeText.Format(maxDrillAge)}", Place(pass));
        }

        if (pass.MeasuredRto > system.Rto)
        {
            yield return Find(DrRules.RtoExceeded, $"{system.Name}: the last passing drill restored in {AgeText.Format(pass.MeasuredRto)}, past its RTO of {AgeText.Format(system.Rto)}", Place(pass));
        }

        if (pass.MeasuredRpo is { } rpo && rpo > system.Rpo)
        {
            yield return Find(DrRules.RpoExceeded, $"{system.Name}: the last passing drill lost {AgeText.Format(rpo)} of data, past its RPO of {AgeText.Format(system.Rpo)}", Place(pass));
        }
    }

    private static SourceLocation Place(DrillRecord record) => new(record.File);

    private static Finding Find(GateRule rule, string message, SourceLocation? location) => rule.Find(Severity.Error, message, location);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
