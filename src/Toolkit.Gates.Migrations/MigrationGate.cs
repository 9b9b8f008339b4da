using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Git;

namespace Toolkit.Gates.Migrations;

/// <summary>
/// migration-gate: lints new PostgreSQL migrations (Squawk's rule names), enforces expand/contract, and on a throwaway
/// PostgreSQL replays them up, down and up again to prove the rollback, publishing the schema diff.
/// </summary>
public sealed partial class MigrationGate : IGate
{
    private readonly MigrationOverrides? overrides;
    private readonly MigrationOptions? fixedOptions;

    /// <summary>A gate configured from gates.yml, with command-line <paramref name="overrides"/> winning.</summary>
    public MigrationGate(MigrationOverrides? overrides = null) => this.overrides = overrides;

    /// <summary>A gate with options given in code (a build script); gates.yml is not read.</summary>
    public MigrationGate(MigrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        fixedOptions = options;
    }

    /// <inheritdoc/>
    public string Name => GateIds.Migrations;

    /// <inheritdoc/>
    public string Description => "Database migrations: lint (Squawk rules), expand/contract, dry run with rollback proof on PostgreSQL.";

    /// <inheritdoc/>
    public async Task<GateOutcome> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = fixedOptions;
        if (options is null)
        {
            var (bound, diagnostics) = MigrationOptionsBinder.Bind(context.Section, overrides);
            if (diagnostics.Count > 0)
            {
                var first = diagnostics[0];
                return GateOutcome.CouldNotEvaluate(
                    $"The migration-gate section of {first.File} is invalid: {string.Join(" ", diagnostics.Select(d => d.ToString()))}",
                    new SourceLocation(first.File, first.Line, first.Column));
            }

            options = bound;
        }

        if (options.ShadowSeed is { } seed && !File.Exists(Path.Combine(context.RepositoryRoot, seed)))
        {
            return GateOutcome.CouldNotEvaluate($"migration-gate.shadow_seed '{seed}' does not exist; point it at a SQL file in the repository that inserts representative rows.");
        }

        if (options.DatabaseUrl is not null && !options.DatabaseUrlIsDisposable && options.Database == DatabaseMode.Auto)
        {
            return GateOutcome.CouldNotEvaluate("Refusing to run migrations against --database-url without confirmation that it is disposable: the dry run creates and drops objects. Pass --i-know-this-is-disposable (or database_url_disposable: true), or use --database auto for a throwaway cluster.");
        }

        var baseRef = options.Base ?? context.BaseRef;
        GitDiffResult? changes = null;
        if (baseRef is not null)
        {
            changes = await GitChanges.DiffAsync(context.RepositoryRoot, baseRef, cancellationToken).ConfigureAwait(false);
            if (changes.Error is not null)
            {
                return GateOutcome.CouldNotEvaluate($"Could not tell which migrations are new: {changes.Error}. Check that '{baseRef}' exists in the clone (actions/checkout with fetch-depth: 0).");
            }
        }
        else
        {
            await context.Log.WriteLineAsync("migration-gate: no base ref (--base or the PR base): every migration is treated as new.").ConfigureAwait(false);
        }

        var analyses = new List<DirectoryAnalysis>();
        foreach (var directory in options.Directories)
        {
            if (!Directory.Exists(Path.Combine(context.RepositoryRoot, directory.Path)))
            {
                return GateOutcome.CouldNotEvaluate($"Migration directory '{directory.Path}' does not exist under {context.RepositoryRoot}. Set migration-gate.dir (or --dir) to where the migrations are.");
            }

            analyses.Add(Analyze(context.RepositoryRoot, directory, changes, options));
        }

        var findings = analyses.SelectMany(a => a.Findings).ToList();
        var dryRuns = new Dictionary<string, DryRunResult>(StringComparer.Ordinal);
        if (options.Database == DatabaseMode.Auto && analyses.Any(a => a.New.Count > 0))
        {
            if (analyses.Any(a => a.SyntaxError))
            {
                await context.Log.WriteLineAsync("migration-gate: dry run skipped: fix the SQL syntax errors first.").ConfigureAwait(false);
            }
            else
            {
                var error = await DryRunAllAsync(context, options, analyses, dryRuns, cancellationToken).ConfigureAwait(false) ?? EnvironmentError(dryRuns);
                if (error is not null)
                {
                    return error;
                }

                findings.AddRange(DryRunFindings(options, analyses, dryRuns));
            }
        }

        var evidence = WriteEvidence(context, baseRef, analyses, dryRuns);
        return new GateOutcome(Summarize(analyses, dryRuns, findings))
        {
            Findings = findings,
            Metrics = Metrics(analyses, dryRuns, findings),
            Evidence = evidence,
        };
    }
}
