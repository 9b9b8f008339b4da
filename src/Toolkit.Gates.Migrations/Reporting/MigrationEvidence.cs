using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Checks;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Planning;

namespace Toolkit.Gates.Migrations.Reporting;

/// <summary>
/// The gate's evidence files: plan.json always; after a dry run also its log, the schema before and after, the diff
/// (JSON and Markdown), rollback.json and, with shadow queries, shadow_parity.json.
/// </summary>
internal static class MigrationEvidence
{
    public static IReadOnlyList<EvidenceItem> Write(string evidenceDirectory, string? baseRef, IReadOnlyList<DirectoryAnalysis> analyses, IReadOnlyDictionary<string, DryRunResult> dryRuns)
    {
        var writer = new EvidenceWriter(evidenceDirectory, Path.GetDirectoryName(evidenceDirectory)!);
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
        writer.Text("schema-diff.md", SchemaDiffMarkdown.Render(dryRuns));
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
}
