using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// The down phase: every down runs, each unit (a migration, or the parts of one split migration) judged against the
/// schema before its ups; bad ones are rebuilt past.
/// </summary>
internal sealed partial class DryRunner
{
    private async Task<(bool Proven, CatalogSnapshot State)> RollBackAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, List<CatalogSnapshot> snapshots, int floor, List<StepResult> steps, CancellationToken cancellationToken)
    {
        var proven = true;
        var state = snapshots[^1];
        var units = RollbackUnits.Of(newMigrations);
        for (var u = units.Count - 1; u >= 0 && units[u].Last >= floor; u--)
        {
            var (first, last) = (Math.Max(units[u].First, floor), units[u].Last);
            if (first == last && newMigrations[first].Repeatable)
            {
                continue;
            }

            // Each unit's downs start from exactly what its ups left, whatever the downs before them did.
            if (await EnsureStateAsync(baseMigrations, newMigrations, snapshots, last + 1, state, cancellationToken).ConfigureAwait(false))
            {
                state = snapshots[last + 1];
            }

            StepResult? step = null;
            for (var i = last; i >= first; i--)
            {
                if (step is not null)
                {
                    steps.Add(step);
                }

                step = await ApplyAsync(Connection, "down", newMigrations[i], newMigrations[i].Down!, null, cancellationToken).ConfigureAwait(false);
                if (step.Error is not null)
                {
                    break;
                }
            }

            if (step!.Error is not null)
            {
                proven = false;
                steps.Add(step);
                state = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var now = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
            step = Judge(step, snapshots[first].DiffFrom(snapshots[last + 1]), now.DiffFrom(state));
            if (last > first)
            {
                step = step with { JudgedWith = [.. newMigrations.Skip(first + 1).Take(last - first).Select(m => m.ToString())] };
                Log($"downs of {newMigrations[last]} back to {newMigrations[first]} judged together: one migration split into {last - first + 1} files, whose downs are not numbered as their ups");
            }

            proven &= step.RollbackMismatch.Count == 0;
            steps.Add(step);
            state = now;
        }

        return (proven, state);
    }

    /// <summary>A down (or the last down of a unit) judged: what it should have changed against what it did.</summary>
    private StepResult Judge(StepResult step, IReadOnlyList<SchemaChange> expected, IReadOnlyList<SchemaChange> actual)
    {
        var (mismatch, kept, harmless) = RollbackTolerance.Classify(Mismatch(expected, actual));
        foreach (var note in harmless)
        {
            Log($"down {step.Migration}: harmless difference: {note}");
        }

        if (kept.Count > 0)
        {
            step = step with { Irreversible = kept };
            Log($"down {step.Migration}: kept on purpose: {string.Join("; ", kept)}");
        }

        if (mismatch.Count > 0)
        {
            step = step with { RollbackMismatch = mismatch };
            Log($"down {step.Migration}: schema not restored: {string.Join("; ", mismatch.Select(m => m.ToString()))}");
        }

        return step;
    }

    /// <summary>
    /// Brings the database to the schema after the first <paramref name="applied"/> new ups: a no-op when it is there,
    /// else a fresh database with the base and those ups. False when it is not there and cannot be rebuilt.
    /// </summary>
    private async Task<bool> EnsureStateAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, List<CatalogSnapshot> snapshots, int applied, CatalogSnapshot state, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(state, snapshots[applied]) || snapshots[applied].DiffFrom(state).Count == 0)
        {
            return true;
        }

        if (FreshDatabase is null)
        {
            return false;
        }

        Log($"rebuilding a fresh database to the schema after {(applied == 0 ? "the base" : newMigrations[applied - 1].ToString())} (the previous down left another)");
        var start = checkpoints.Keys.LastOrDefault(k => k <= applied, -1);
        var replay = start < 0 ? baseMigrations.Concat(newMigrations.Take(applied)) : newMigrations.Skip(start).Take(applied - start);
        var template = start < 0 ? null : Name(checkpoints[start]);
        var previous = Name(target);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await ConnectAsync(await FreshDatabase(template, cancellationToken).ConfigureAwait(false), cancellationToken, create: start < 0).ConfigureAwait(false);
        timings.Add("fresh databases", started);
        await DropAsync(previous, cancellationToken).ConfigureAwait(false);

        // Downs only go back: checkpoints past this point are never cloned again.
        foreach (var later in checkpoints.Keys.Where(k => k > applied).ToList())
        {
            await DropAsync(Name(checkpoints[later]), cancellationToken).ConfigureAwait(false);
            checkpoints.Remove(later);
        }

        foreach (var migration in replay)
        {
            var step = await ApplyAsync(Connection, "rebuild", migration, migration.Up, null, cancellationToken).ConfigureAwait(false);
            if (step.Error is not null)
            {
                Log($"rebuild stopped: {migration} failed the second time it ran ({step.Error.Message})");
                return false;
            }
        }

        var rebuilt = snapshots[applied].DiffFrom(await SnapshotAsync(cancellationToken).ConfigureAwait(false));
        if (rebuilt.Count > 0)
        {
            Log($"rebuilt schema differs from the first run: {string.Join("; ", rebuilt.Take(3))}");
        }

        return rebuilt.Count == 0;
    }

    private static string Name(string connectionString) => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;

    private async Task DropAsync(string database, CancellationToken cancellationToken)
    {
        if (DropDatabase is not null)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await DropDatabase(database, cancellationToken).ConfigureAwait(false);
            timings.Add("drops", started);
        }
    }

    /// <summary>
    /// The changes that are in one list and not the other, compared by the state each leaves (kind, name, definition
    /// after): where an object started from does not matter, only that the down ends it where it was.
    /// </summary>
    private static List<SchemaChange> Mismatch(IReadOnlyList<SchemaChange> expected, IReadOnlyList<SchemaChange> actual)
    {
        var want = expected.Select(Outcome).ToHashSet(StringComparer.Ordinal);
        var got = actual.Select(Outcome).ToHashSet(StringComparer.Ordinal);
        return [.. actual.Where(c => !want.Contains(Outcome(c))), .. expected.Where(c => !got.Contains(Outcome(c))).Select(Missing)];
    }

    private static string Outcome(SchemaChange change) => $"{change.Kind} {change.Name} -> {change.After ?? "(dropped)"}";

    private static SchemaChange Missing(SchemaChange expected) =>
        new("not undone", expected.Kind, expected.Name, expected.Before, expected.After);
}
