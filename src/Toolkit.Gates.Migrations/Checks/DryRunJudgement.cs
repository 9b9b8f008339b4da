using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Checks;

/// <summary>What the dry run proves or refutes, as findings: failed scripts, downs that do not restore the schema, missing downs, parity and the schema diff.</summary>
internal static class DryRunJudgement
{
    // Beyond this many schema-diff notes per directory, one more note points at schema-diff.md.
    private const int MaxDiffNotes = 40;

    public static IReadOnlyList<Finding> Judge(MigrationOptions options, IReadOnlyList<DirectoryAnalysis> analyses, IReadOnlyDictionary<string, DryRunResult> results)
    {
        var findings = new List<Finding>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var analysis in analyses)
        {
            if (!results.TryGetValue(analysis.Set.Directory, out var result))
            {
                continue;
            }

            foreach (var step in result.Steps)
            {
                findings.AddRange(Step(step, reported));
            }

            foreach (var missing in result.MissingDown)
            {
                var migration = analysis.New.First(m => m.ToString() == missing);
                var severity = !options.RequireRollback ? Severity.Note : analysis.Set.Tool == MigrationTool.Plain ? Severity.Warning : Severity.Error;
                findings.Add(MigrationRules.RollbackMissing.Report(severity, $"{migration.Up.Path} has no down migration, so its rollback cannot be proven. Add {DownHint(analysis.Set.Tool, migration)}.", new SourceLocation(migration.Up.Path, 1, 1)));
            }

            foreach (var parity in result.Parity.Where(p => !p.Same))
            {
                var why = parity.Error ?? $"{parity.RowsBefore} rows before, {parity.RowsAfter} after, or different values";
                findings.Add(MigrationRules.ShadowParity.Report($"Shadow parity: '{parity.Query}' does not return the same rows after the new migrations ({why}). Old readers would see different data: keep the read path compatible until the contract.", new SourceLocation(analysis.Set.Directory)));
            }

            if (result.ReapplyMismatch.Count > 0)
            {
                findings.Add(MigrationRules.ReapplyMismatch.Report($"Re-applying the new migrations after their downs gives another schema: {Describe(result.ReapplyMismatch)}.", new SourceLocation(analysis.New[0].Up.Path, 1, 1)));
            }

            if (!result.Failed)
            {
                var diff = result.SchemaDiff;
                findings.AddRange(diff.Take(MaxDiffNotes).Select(c => MigrationRules.SchemaDiff.Report($"Schema diff: {c}.", new SourceLocation(analysis.Set.Directory))));
                if (diff.Count > MaxDiffNotes)
                {
                    findings.Add(MigrationRules.SchemaDiff.Report($"Schema diff: {diff.Count - MaxDiffNotes} more changes in schema-diff.md.", new SourceLocation(analysis.Set.Directory)));
                }
            }
        }

        return findings;
    }

    /// <summary>One script's findings; <paramref name="reported"/> keeps each irreversibility to one warning.</summary>
    private static IEnumerable<Finding> Step(StepResult step, HashSet<string> reported)
    {
        if (step.Error is { } e)
        {
            var phase = step.Phase switch
            {
                "base" => "An already-merged migration fails on an empty database",
                "down" => "The down migration fails",
                "reapply" => "Re-applying the migration after its down fails",
                _ => "PostgreSQL rejects the migration",
            };
            yield return MigrationRules.DryRunFailed.Report($"{phase}: {e.Message}{(e.SqlState is null ? string.Empty : $" (SQLSTATE {e.SqlState})")}.", new SourceLocation(e.Path, e.Line, e.Column));
        }

        if (step.RollbackMismatch.Count > 0)
        {
            var whose = step.JudgedWith.Count == 0
                ? $"The down of {step.Migration} does not"
                : $"The downs of {step.Migration} to {step.JudgedWith[^1]} (one migration split into {step.JudgedWith.Count + 1} files, judged together) do not";
            yield return MigrationRules.RollbackMismatch.Report($"{whose} restore the schema: {Describe(step.RollbackMismatch)}. Make the down undo exactly what the up does.", new SourceLocation(step.Path, 1, 1));
        }

        foreach (var kept in step.Irreversible.Where(reported.Add))
        {
            yield return MigrationRules.RollbackIrreversible.Report($"The down of {step.Migration} cannot fully undo its up: {kept}. This is a known one-way change, not a broken down; code must tolerate it after a rollback.", new SourceLocation(step.Path, 1, 1));
        }

        foreach (var l in step.Locks.Where(l => step.Phase == "up" && l.Mode == "AccessExclusiveLock"))
        {
            yield return MigrationRules.DryRunLock.Report($"{step.Migration} held ACCESS EXCLUSIVE on existing table {l.Relation} ({step.DurationMs:0.0} ms on an empty table; longer with data).", new SourceLocation(step.Path, 1, 1));
        }
    }

    private static string Describe(IReadOnlyList<SchemaChange> changes) =>
        string.Join("; ", changes.Take(5).Select(c => c.ToString())) + (changes.Count > 5 ? $"; and {changes.Count - 5} more" : string.Empty);

    private static string DownHint(MigrationTool tool, Migration migration) => tool switch
    {
        MigrationTool.GolangMigrate or MigrationTool.Sqlx => $"{migration.Version}_{migration.Name}.down.sql",
        MigrationTool.Pop => $"{migration.Version}_{migration.Name}.postgres.down.sql",
        MigrationTool.Pairs => Path.GetFileName(migration.Up.Path).Replace(".up.sql", ".down.sql", StringComparison.Ordinal),
        MigrationTool.Diesel => $"down.sql next to {migration.Up.Path}",
        MigrationTool.Goose => "a '-- +goose Down' section",
        MigrationTool.Flyway => $"U{migration.Version}__{migration.Name}.sql",
        MigrationTool.Dbmate => "a '-- migrate:down' section",
        _ => "a down script (plain directories have none: set require_rollback: false or use a tool with downs)",
    };
}
