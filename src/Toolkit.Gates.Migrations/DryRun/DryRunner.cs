using System.Globalization;
using Npgsql;
using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// Replays migrations on an empty database: the base ones, a catalog snapshot, each new up (timed, with the locks it
/// held on tables that existed before), each down in reverse (each must undo exactly what its up did), then every up
/// again. Stops at the first error, which is reported at the file position PostgreSQL points at.
/// </summary>
public sealed partial class DryRunner(string connectionString)
{
    private readonly List<string> log = [];
    private List<ParityResult> parityResults = [];

    /// <summary>Runs <paramref name="baseMigrations"/>, then proves <paramref name="newMigrations"/> up, down and up.</summary>
    public async Task<DryRunResult> RunAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseMigrations);
        ArgumentNullException.ThrowIfNull(newMigrations);
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return await RunAsync(connection, baseMigrations, newMigrations, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DryRunResult> RunAsync(NpgsqlConnection connection, IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, CancellationToken cancellationToken)
    {
        var steps = new List<StepResult>();
        foreach (var migration in baseMigrations)
        {
            var step = await ApplyAsync(connection, "base", migration, migration.Up, null, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                var empty = await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
                return Result(steps, empty, empty);
            }
        }

        if (Parity?.SeedSql is { } seed)
        {
            await SeedAsync(connection, seed, cancellationToken).ConfigureAwait(false);
        }

        var parityBefore = Parity is null ? null : await ReadAsync(connection, Parity.Queries, cancellationToken).ConfigureAwait(false);
        var before = await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
        var existing = await ExistingTablesAsync(connection, cancellationToken).ConfigureAwait(false);
        Log($"base: {baseMigrations.Count} migrations applied, {before.Objects.Count} catalog objects, {existing.Count} tables");
        var snapshots = new List<CatalogSnapshot> { before };
        foreach (var migration in newMigrations)
        {
            var step = await ApplyAsync(connection, "up", migration, migration.Up, existing, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                return Result(steps, before, snapshots[^1]);
            }

            snapshots.Add(await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false));
        }

        var after = snapshots[^1];
        if (Parity is not null)
        {
            var parity = Compare(Parity.Queries, parityBefore!, await ReadAsync(connection, Parity.Queries, cancellationToken).ConfigureAwait(false));
            Log($"shadow parity: {parity.Count(p => p.Same)}/{parity.Count} queries return the same rows");
            parityResults = parity;
        }

        var missing = newMigrations.Where(m => m.Down is null && !m.Repeatable).Select(m => m.ToString()).ToList();
        if (missing.Count > 0)
        {
            Log($"rollback not proven: no down script for {string.Join(", ", missing)}");
            return Result(steps, before, after) with { MissingDown = missing };
        }

        var rollbackProven = true;
        for (var i = newMigrations.Count - 1; i >= 0; i--)
        {
            var migration = newMigrations[i];
            if (migration.Repeatable)
            {
                continue;
            }

            var current = await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false);
            var step = await ApplyAsync(connection, "down", migration, migration.Down!, null, cancellationToken).ConfigureAwait(false);
            if (step.Error is not null)
            {
                steps.Add(step);
                return Result(steps, before, after);
            }

            // The down must undo exactly what the up did: compare the change it made with the up's change reversed.
            var undone = (await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false)).DiffFrom(current);
            var expected = snapshots[i].DiffFrom(snapshots[i + 1]);
            var mismatch = Mismatch(expected, undone);
            if (mismatch.Count > 0)
            {
                rollbackProven = false;
                step = step with { RollbackMismatch = mismatch };
                Log($"down {migration}: schema not restored: {string.Join("; ", mismatch.Select(m => m.ToString()))}");
            }

            steps.Add(step);
        }

        var reapplied = true;
        foreach (var migration in newMigrations)
        {
            var step = await ApplyAsync(connection, "reapply", migration, migration.Up, null, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                reapplied = false;
                break;
            }
        }

        var reapplyMismatch = reapplied && rollbackProven
            ? (await CatalogSnapshot.TakeAsync(connection, cancellationToken).ConfigureAwait(false)).DiffFrom(after)
            : [];
        return Result(steps, before, after) with
        {
            RollbackProven = rollbackProven,
            ReapplyWorks = reapplied && reapplyMismatch.Count == 0,
            ReapplyMismatch = reapplyMismatch,
        };
    }

    /// <summary>The changes that are in one list and not the other (compared as text).</summary>
    private static List<SchemaChange> Mismatch(IReadOnlyList<SchemaChange> expected, IReadOnlyList<SchemaChange> actual)
    {
        var want = expected.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        var got = actual.Select(c => c.ToString()).ToHashSet(StringComparer.Ordinal);
        return [.. actual.Where(c => !want.Contains(c.ToString())), .. expected.Where(c => !got.Contains(c.ToString())).Select(Missing)];
    }

    private static SchemaChange Missing(SchemaChange expected) =>
        new("not undone", expected.Kind, expected.Name, expected.Before, expected.After);

    private DryRunResult Result(List<StepResult> steps, CatalogSnapshot before, CatalogSnapshot after) =>
        new(steps, before, after) { Log = log, Parity = parityResults };

    private void Log(string line) => log.Add(line);

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
