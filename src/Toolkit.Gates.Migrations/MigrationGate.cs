using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Migrations.Checks;
using Toolkit.Gates.Migrations.DryRun;
using Toolkit.Gates.Migrations.Git;
using Toolkit.Gates.Migrations.Reporting;

namespace Toolkit.Gates.Migrations;

/// <summary>
/// migration-gate: lints new PostgreSQL migrations (Squawk's rule names), enforces expand/contract, and on a throwaway
/// PostgreSQL replays them up, down and up again to prove the rollback, publishing the schema diff.
/// </summary>
public sealed class MigrationGate : IGate
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
                return GateOutcome.InvalidConfiguration(GateIds.Migrations, diagnostics);
            }

            options = bound;
        }

        var root = context.RepositoryRoot;
        if (SetupCheck.Problem(root, options) is { } setupProblem)
        {
            return GateOutcome.CouldNotEvaluate(setupProblem);
        }

        var baseRef = options.Base ?? context.BaseRef;
        GitDiffResult? changes = null;
        if (baseRef is not null)
        {
            changes = await GitChanges.DiffAsync(root, baseRef, cancellationToken).ConfigureAwait(false);
            if (changes.Error is not null)
            {
                return GateOutcome.CouldNotEvaluate($"Could not tell which migrations are new: {changes.Error}. Check that '{baseRef}' exists in the clone (actions/checkout with fetch-depth: 0).");
            }
        }
        else
        {
            await context.Log.WriteLineAsync("migration-gate: no base ref (--base or the PR base): every migration is treated as new.").ConfigureAwait(false);
        }

        if (SetupCheck.MissingDirectory(root, options) is { } missing)
        {
            return GateOutcome.CouldNotEvaluate(missing);
        }

        var analyses = options.Directories.Select(d => StaticCheck.Run(root, d, changes, options)).ToList();
        var findings = analyses.SelectMany(a => a.Findings).ToList();
        IReadOnlyDictionary<string, DryRunResult> dryRuns = new Dictionary<string, DryRunResult>();
        if (options.Database == DatabaseMode.Auto && analyses.Any(a => a.New.Count > 0))
        {
            if (analyses.Any(a => a.SyntaxError))
            {
                await context.Log.WriteLineAsync("migration-gate: dry run skipped: fix the SQL syntax errors first.").ConfigureAwait(false);
            }
            else
            {
                var dryRun = await DryRunCheck.RunAsync(root, context.Log, options, analyses, cancellationToken).ConfigureAwait(false);
                if (dryRun.Problem is { } problem)
                {
                    return GateOutcome.CouldNotEvaluate(problem, dryRun.ProblemAt);
                }

                dryRuns = dryRun.Results;
                findings.AddRange(DryRunJudgement.Judge(options, analyses, dryRuns));
            }
        }

        var evidence = MigrationEvidence.Write(context.EvidenceDirectory, baseRef, analyses, dryRuns);
        return MigrationOutcome.Build(analyses, dryRuns, findings, evidence);
    }
}
