using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>The down phase: every down runs, each judged against the schema before its up; bad ones are rebuilt past.</summary>
public sealed partial class DryRunner
{
    private async Task<(bool Proven, CatalogSnapshot State)> RollBackAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, List<CatalogSnapshot> snapshots, int floor, List<StepResult> steps, CancellationToken cancellationToken)
    {
        var proven = true;
        var state = snapshots[^1];
        for (var i = newMigrations.Count - 1; i >= floor; i--)
        {
            var migration = newMigrations[i];
            if (migration.Repeatable)
            {
                continue;
            }

            // Each down starts from exactly what its up left, whatever the downs before it did.
            if (await EnsureStateAsync(baseMigrations, newMigrations, snapshots, i + 1, state, cancellationToken).ConfigureAwait(false))
            {
                state = snapshots[i + 1];
            }

            var step = await ApplyAsync(Connection, "down", migration, migration.Down!, null, cancellationToken).ConfigureAwait(false);
            if (step.Error is not null)
            {
                proven = false;
                steps.Add(step);
                state = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var now = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
            var expected = snapshots[i].DiffFrom(snapshots[i + 1]);
            var mismatch = Mismatch(expected, now.DiffFrom(state));
            var irreversible = mismatch.Where(c => IsAddedEnumValue(c)).ToList();
            mismatch = [.. mismatch.Except(irreversible)];
            if (irreversible.Count > 0)
            {
                step = step with { Irreversible = [.. irreversible.Select(EnumValuesKept)] };
                Log($"down {migration}: known irreversibility: {string.Join("; ", step.Irreversible)}");
            }

            if (mismatch.Count > 0)
            {
                proven = false;
                step = step with { RollbackMismatch = mismatch };
                Log($"down {migration}: schema not restored: {string.Join("; ", mismatch.Select(m => m.ToString()))}");
            }

            steps.Add(step);
            state = now;
        }

        return (proven, state);
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
        await ConnectAsync(await FreshDatabase(template, cancellationToken).ConfigureAwait(false), cancellationToken, create: start < 0).ConfigureAwait(false);
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
            await DropDatabase(database, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// PostgreSQL cannot drop a value from an enum (<c>ALTER TYPE ... ADD VALUE</c> has no inverse): a down that keeps
    /// the values its up added, and only those, is a known irreversibility, not a broken down.
    /// </summary>
    private static bool IsAddedEnumValue(SchemaChange change)
    {
        if (change is not { Kind: "enum", Change: "not undone", Before: { } now, After: { } wanted })
        {
            return false;
        }

        var current = now.Split(',');
        var expected = wanted.Split(',');
        return current.Length > expected.Length && current.Where(expected.Contains).SequenceEqual(expected, StringComparer.Ordinal);
    }

    private static string EnumValuesKept(SchemaChange change)
    {
        var expected = change.After!.Split(',');
        var kept = change.Before!.Split(',').Where(v => !expected.Contains(v)).ToList();
        return $"enum {change.Name} keeps value{(kept.Count == 1 ? string.Empty : "s")} {string.Join(", ", kept.Select(v => $"'{v}'"))}: PostgreSQL cannot drop an enum value";
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
