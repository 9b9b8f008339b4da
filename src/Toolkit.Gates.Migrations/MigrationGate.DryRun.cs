using Npgsql;
using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.DryRun;

namespace Toolkit.Gates.Migrations;

/// <summary>The dry run on a throwaway cluster (or a disposable database) and what it proves.</summary>
public sealed partial class MigrationGate
{
    /// <summary>Rule id: PostgreSQL rejected a statement.</summary>
    public const string DryRunRule = "dry-run-failed";

    /// <summary>Rule id: a new migration has no down script.</summary>
    public const string RollbackMissingRule = "rollback-missing";

    /// <summary>Rule id: a down did not restore the schema its up changed.</summary>
    public const string RollbackMismatchRule = "rollback-mismatch";

    /// <summary>Rule id (warning): a down cannot undo what PostgreSQL cannot undo (an added enum value).</summary>
    public const string IrreversibleRule = "rollback-irreversible";

    /// <summary>Rule id: re-applying the ups after the downs gave another schema.</summary>
    public const string ReapplyRule = "reapply-mismatch";

    /// <summary>Rule id (note): a lock a new migration held on a pre-existing table.</summary>
    public const string LockRule = "dry-run-lock";

    /// <summary>Rule id (note): one schema change the new migrations make.</summary>
    public const string SchemaDiffRule = "schema-diff";

    /// <summary>Rule id: a shadow-parity read query returns other rows after the new migrations.</summary>
    public const string ParityRule = "shadow-parity";

    private const int MaxDiffNotes = 40;

    private static ShadowParity? Parity(string root, MigrationOptions options) =>
        options.ShadowQueries.Count == 0 && options.ShadowSeed is null
            ? null
            : new ShadowParity(options.ShadowSeed is null ? null : UserFiles.ReadLooseTextOrThrow(Path.Combine(root, options.ShadowSeed), options.ShadowSeed), options.ShadowQueries);

    private static async Task<GateOutcome?> DryRunAllAsync(GateContext context, MigrationOptions options, List<DirectoryAnalysis> analyses, Dictionary<string, DryRunResult> results, CancellationToken cancellationToken)
    {
        var pending = analyses.Where(a => a.New.Count > 0).ToList();
        if (options.DatabaseUrl is { } url)
        {
            if (pending.Count > 1)
            {
                return GateOutcome.CouldNotEvaluate("A --database-url holds one migration history, but new migrations are in several directories. Use --database auto (a throwaway cluster per run) or configure one directory.");
            }

            return pending.Count == 0 ? null : await InDatabaseAsync(url, pending[0], results, Parity(context.RepositoryRoot, options), cancellationToken).ConfigureAwait(false);
        }

        ThrowawayCluster cluster;
        try
        {
            await context.Log.WriteLineAsync("migration-gate: starting a throwaway PostgreSQL cluster").ConfigureAwait(false);
            cluster = await ThrowawayCluster.StartAsync(options.PostgresBin, cancellationToken).ConfigureAwait(false);
        }
        catch (ClusterException ex)
        {
            return GateOutcome.CouldNotEvaluate($"The dry run needs PostgreSQL: {ex.Message}");
        }

        await using (cluster.ConfigureAwait(false))
        {
            var index = 0;
            foreach (var analysis in pending)
            {
                var database = await cluster.CreateDatabaseAsync($"gate_dry_run_{index++}", cancellationToken).ConfigureAwait(false);
                var runner = new DryRunner(database)
                {
                    Parity = Parity(context.RepositoryRoot, options),
                    Bookkeeping = ToolBookkeeping.For(analysis.Set.Tool),
                    FreshDatabase = (template, token) => cluster.CreateDatabaseAsync($"gate_dry_run_{index++}", template, token),
                    DropDatabase = cluster.DropDatabaseAsync,
                };
                results[analysis.Set.Directory] = await runner.RunAsync(analysis.Base, analysis.New, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private static async Task<GateOutcome?> InDatabaseAsync(string url, DirectoryAnalysis analysis, Dictionary<string, DryRunResult> results, ShadowParity? parity, CancellationToken cancellationToken)
    {
        try
        {
            url = DatabaseUrl.ToConnectionString(url);
            var connection = new NpgsqlConnection(url);
            await using (connection.ConfigureAwait(false))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                var snapshot = await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
                if (snapshot.Objects.Count > 0)
                {
                    return GateOutcome.CouldNotEvaluate($"The disposable database at --database-url is not empty ({snapshot.Objects.Count} objects, e.g. {snapshot.Objects[0].Kind} {snapshot.Objects[0].Name}). The dry run replays every migration from scratch: give it an empty database.");
                }
            }

            results[analysis.Set.Directory] = await new DryRunner(url) { Parity = parity, Bookkeeping = ToolBookkeeping.For(analysis.Set.Tool) }.RunAsync(analysis.Base, analysis.New, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or UriFormatException or FormatException)
        {
            return GateOutcome.CouldNotEvaluate($"Could not use the database at --database-url: {ex.Message}. Check the URL (postgres://user@host:port/database, or a connection string such as Host=127.0.0.1;Port=5432;Username=...;Database=...) and that the server is reachable.");
        }
    }

    private static List<Finding> DryRunFindings(MigrationOptions options, List<DirectoryAnalysis> analyses, Dictionary<string, DryRunResult> results)
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
                if (step.Error is { } e)
                {
                    var phase = step.Phase switch
                    {
                        "base" => "An already-merged migration fails on an empty database",
                        "down" => "The down migration fails",
                        "reapply" => "Re-applying the migration after its down fails",
                        _ => "PostgreSQL rejects the migration",
                    };
                    findings.Add(new Finding(DryRunRule, Severity.Error, $"{phase}: {e.Message}{(e.SqlState is null ? string.Empty : $" (SQLSTATE {e.SqlState})")}.", new SourceLocation(e.Path, e.Line, e.Column)) { Title = "Dry run failed" });
                }

                if (step.RollbackMismatch.Count > 0)
                {
                    var whose = step.JudgedWith.Count == 0
                        ? $"The down of {step.Migration} does not"
                        : $"The downs of {step.Migration} to {step.JudgedWith[^1]} (one migration split into {step.JudgedWith.Count + 1} files, judged together) do not";
                    findings.Add(new Finding(RollbackMismatchRule, Severity.Error, $"{whose} restore the schema: {Describe(step.RollbackMismatch)}. Make the down undo exactly what the up does.", new SourceLocation(step.Path, 1, 1)) { Title = "Rollback does not restore the schema" });
                }

                foreach (var kept in step.Irreversible.Where(reported.Add))
                {
                    findings.Add(new Finding(IrreversibleRule, Severity.Warning, $"The down of {step.Migration} cannot fully undo its up: {kept}. This is a known one-way change, not a broken down; code must tolerate it after a rollback.", new SourceLocation(step.Path, 1, 1)) { Title = "Known irreversibility" });
                }

                foreach (var l in step.Locks.Where(l => step.Phase == "up" && l.Mode == "AccessExclusiveLock"))
                {
                    findings.Add(new Finding(LockRule, Severity.Note, $"{step.Migration} held ACCESS EXCLUSIVE on existing table {l.Relation} ({step.DurationMs:0.0} ms on an empty table; longer with data).", new SourceLocation(step.Path, 1, 1)) { Title = "Lock on an existing table" });
                }
            }

            foreach (var missing in result.MissingDown)
            {
                var migration = analysis.New.First(m => m.ToString() == missing);
                var severity = !options.RequireRollback ? Severity.Note : analysis.Set.Tool == MigrationTool.Plain ? Severity.Warning : Severity.Error;
                findings.Add(new Finding(RollbackMissingRule, severity, $"{migration.Up.Path} has no down migration, so its rollback cannot be proven. Add {DownHint(analysis.Set.Tool, migration)}.", new SourceLocation(migration.Up.Path, 1, 1)) { Title = "No rollback" });
            }

            foreach (var parity in result.Parity.Where(p => !p.Same))
            {
                var why = parity.Error ?? $"{parity.RowsBefore} rows before, {parity.RowsAfter} after, or different values";
                findings.Add(new Finding(ParityRule, Severity.Error, $"Shadow parity: '{parity.Query}' does not return the same rows after the new migrations ({why}). Old readers would see different data: keep the read path compatible until the contract.", new SourceLocation(analysis.Set.Directory)) { Title = "Shadow parity broken" });
            }

            if (result.ReapplyMismatch.Count > 0)
            {
                findings.Add(new Finding(ReapplyRule, Severity.Error, $"Re-applying the new migrations after their downs gives another schema: {Describe(result.ReapplyMismatch)}.", new SourceLocation(analysis.New[0].Up.Path, 1, 1)) { Title = "Re-apply differs" });
            }

            if (!result.Failed)
            {
                var diff = result.SchemaDiff;
                findings.AddRange(diff.Take(MaxDiffNotes).Select(c => new Finding(SchemaDiffRule, Severity.Note, $"Schema diff: {c}.", new SourceLocation(analysis.Set.Directory)) { Title = "Schema diff" }));
                if (diff.Count > MaxDiffNotes)
                {
                    findings.Add(new Finding(SchemaDiffRule, Severity.Note, $"Schema diff: {diff.Count - MaxDiffNotes} more changes in schema-diff.md.", new SourceLocation(analysis.Set.Directory)) { Title = "Schema diff" });
                }
            }
        }

        return findings;
    }

    /// <summary>A dry-run error caused by the dry run's PostgreSQL (a missing extension): could not evaluate, with the fix.</summary>
    private static GateOutcome? EnvironmentError(Dictionary<string, DryRunResult> results) =>
        results.Values.SelectMany(r => r.Steps).Select(s => s.Error is { } e ? EnvironmentProblem.Describe(e) : null).FirstOrDefault(m => m is not null) is { } message
            ? GateOutcome.CouldNotEvaluate(message, results.Values.SelectMany(r => r.Steps).Where(s => s.Error is { } e && EnvironmentProblem.Describe(e) is not null).Select(s => new SourceLocation(s.Error!.Path, s.Error.Line, s.Error.Column)).First())
            : null;

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
