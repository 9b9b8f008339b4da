using System.Globalization;
using System.Text;
using Toolkit.Core.Gates;
using Toolkit.Core.Reporting;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Evidence;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations;

/// <summary>Evidence files, metrics and the summary line.</summary>
public sealed partial class MigrationGate
{
    private static List<EvidenceItem> WriteEvidence(GateContext context, string? baseRef, List<DirectoryAnalysis> analyses, Dictionary<string, DryRunResult> dryRuns)
    {
        var writer = new EvidenceWriter(context.EvidenceDirectory, Path.GetDirectoryName(context.EvidenceDirectory)!);
        var plan = analyses.Select(a => new PlannedDirectory(
            a.Set.Directory,
            a.Set.Tool.ToString(),
            baseRef,
            a.Set.Migrations.Select(m => new PlannedMigration(
                m.ToString(),
                m.Up.Path,
                m.Down?.Path,
                a.New.Contains(m),
                m.Up.Mode.ToString(),
                a.Classes.TryGetValue(m, out var c) ? c.Class : ChangeClass.Neutral,
                c?.Expand ?? [],
                c?.Contract ?? [])).ToList())).ToList();
        writer.Json("plan.json", plan, MigrationsJsonContext.Default.ListPlannedDirectory);
        if (dryRuns.Count == 0)
        {
            return writer.Items;
        }

        writer.Text("dry-run.log", string.Join('\n', dryRuns.SelectMany(d => d.Value.Log.Select(l => $"[{d.Key}] {l}"))));
        writer.Json("schema-before.json", dryRuns.ToDictionary(d => d.Key, d => d.Value.Before), MigrationsJsonContext.Default.DictionaryStringCatalogSnapshot);
        writer.Json("schema-after.json", dryRuns.ToDictionary(d => d.Key, d => d.Value.After), MigrationsJsonContext.Default.DictionaryStringCatalogSnapshot);
        writer.Json("schema-diff.json", dryRuns.ToDictionary(d => d.Key, d => d.Value.SchemaDiff.ToList()), MigrationsJsonContext.Default.DictionaryStringListSchemaChange);
        writer.Text("schema-diff.md", DiffMarkdown(dryRuns));
        var rollback = dryRuns.Select(d => new RollbackReport(
            d.Key,
            d.Value.RollbackProven,
            d.Value.ReapplyWorks,
            d.Value.MissingDown,
            d.Value.Steps.Where(s => s.Phase == "down").ToList(),
            d.Value.ReapplyMismatch)).ToList();
        writer.Json("rollback.json", rollback, MigrationsJsonContext.Default.ListRollbackReport);
        if (dryRuns.Values.Any(d => d.Parity.Count > 0))
        {
            writer.Json("shadow_parity.json", dryRuns.ToDictionary(d => d.Key, d => d.Value.Parity.ToList()), MigrationsJsonContext.Default.DictionaryStringListParityResult);
        }
        return writer.Items;
    }

    /// <summary>The schema diff as a Markdown table per directory, for the PR comment and the evidence pack.</summary>
    internal static string DiffMarkdown(IReadOnlyDictionary<string, DryRunResult> dryRuns)
    {
        var builder = new StringBuilder();
        foreach (var (directory, result) in dryRuns.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            builder.Append("### Schema diff: ").Append(MarkdownText.Code(directory, inTable: false)).Append("\n\n");
            var diff = result.SchemaDiff;
            if (diff.Count == 0)
            {
                builder.Append("No schema changes.\n\n");
                continue;
            }

            var table = new MarkdownTable("Change", "Kind", "Object", "Definition");
            foreach (var change in diff)
            {
                table.AddMarkdownRow(MarkdownText.Escape(change.Change), MarkdownText.Escape(change.Kind), MarkdownText.Code(change.Name), MarkdownText.Escape(change.After ?? change.Before ?? string.Empty));
            }

            builder.Append(table.ToString()).Append('\n');
        }

        return builder.ToString();
    }

    private static Dictionary<string, double> Metrics(List<DirectoryAnalysis> analyses, Dictionary<string, DryRunResult> dryRuns, List<Finding> findings)
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

    private static string Summarize(List<DirectoryAnalysis> analyses, Dictionary<string, DryRunResult> dryRuns, List<Finding> findings)
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
