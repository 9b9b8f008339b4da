using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Checks;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>The gate's outcome: the summary line, the metrics <c>gate decide</c> records, the findings and evidence.</summary>
internal static class MigrationOutcome
{
    public static GateOutcome Build(IReadOnlyList<DirectoryAnalysis> analyses, IReadOnlyDictionary<string, DryRunResult> dryRuns, IReadOnlyList<Finding> findings, IReadOnlyList<EvidenceItem> evidence) =>
        new(Summary(analyses, dryRuns, findings))
        {
            Findings = findings,
            Metrics = Metrics(analyses, dryRuns, findings),
            Evidence = evidence,
        };

    private static Dictionary<string, double> Metrics(IReadOnlyList<DirectoryAnalysis> analyses, IReadOnlyDictionary<string, DryRunResult> dryRuns, IReadOnlyList<Finding> findings)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["migrations_total"] = analyses.Sum(a => a.Set.Migrations.Count),
            ["migrations_new"] = analyses.Sum(a => a.New.Count),
            ["lint_errors"] = findings.Count(f => f.Severity == Severity.Error),
            ["contract_migrations"] = analyses.Sum(a => a.Classes.Values.Count(c => c.Class is ChangeClass.Contract or ChangeClass.Mixed)),
        };
        if (dryRuns.Count > 0)
        {
            metrics["dry_run_up_ms"] = dryRuns.Values.Sum(r => r.Steps.Where(s => s.Phase == "up").Sum(s => s.DurationMs));
            metrics["schema_changes"] = dryRuns.Values.Sum(r => r.SchemaDiff.Count);
            metrics["rollback_proven"] = dryRuns.Values.All(r => r.RollbackProven) ? 1 : 0;
        }

        return metrics;
    }

    private static string Summary(IReadOnlyList<DirectoryAnalysis> analyses, IReadOnlyDictionary<string, DryRunResult> dryRuns, IReadOnlyList<Finding> findings)
    {
        var fresh = analyses.Sum(a => a.New.Count);
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{fresh} new migration{(fresh == 1 ? string.Empty : "s")} in {analyses.Count} director{(analyses.Count == 1 ? "y" : "ies")}"),
            string.Create(CultureInfo.InvariantCulture, $"{errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}"),
        };
        if (dryRuns.Count > 0)
        {
            var proven = dryRuns.Values.All(r => r.RollbackProven && r.ReapplyWorks && !r.Failed);
            var changes = dryRuns.Values.Sum(r => r.SchemaDiff.Count);
            parts.Add(proven ? $"dry run ok, rollback proven, {changes} schema changes" : "dry run: rollback NOT proven");
        }
        else if (fresh > 0)
        {
            parts.Add("no dry run");
        }

        return string.Join("; ", parts);
    }
}
