using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Toolkit.Gates.Migrations.Discovery;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>
/// Replays migrations on an empty database: the base ones, a catalog snapshot, each new up (timed, with the locks it
/// held on tables that existed before), each down in reverse (each must undo exactly what its up did), then every up
/// again. A failing or incomplete down does not stop the run: the database is rebuilt to the state the next down
/// expects (when <see cref="FreshDatabase"/> can make one), so one bad down never poisons the verdict on the others.
/// </summary>
internal sealed partial class DryRunner(string connectionString)
{
    private static readonly TimeSpan MinimumReplay = TimeSpan.FromMilliseconds(100);
    private readonly List<string> log = [];
    private readonly DryRunTimings timings = new();
    private readonly SortedDictionary<int, string> checkpoints = [];
    private TimeSpan upsSinceCheckpoint;
    private TimeSpan checkpointCost;
    private List<ParityResult> parityResults = [];
    private NpgsqlConnection? connection;
    private string target = connectionString;

    /// <summary>
    /// Makes a new database, empty or as a copy of the named template database, and returns its connection string: to
    /// keep checkpoints during the ups and rebuild a known state after a bad down. Null (a single given database)
    /// compares each down with what it changed instead.
    /// </summary>
    public Func<string?, CancellationToken, Task<string>>? FreshDatabase { get; init; }

    /// <summary>Drops a database made by <see cref="FreshDatabase"/> that is no longer needed (by name); null keeps them.</summary>
    public Func<string, CancellationToken, Task>? DropDatabase { get; init; }

    /// <summary>The migration tool's own bookkeeping table, created first as the tool would (migrations may alter it).</summary>
    public string? Bookkeeping { get; init; }

    private NpgsqlConnection Connection => connection ?? throw new InvalidOperationException("Not connected.");

    /// <summary>Runs <paramref name="baseMigrations"/>, then proves <paramref name="newMigrations"/> up, down and up.</summary>
    public async Task<DryRunResult> RunAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseMigrations);
        ArgumentNullException.ThrowIfNull(newMigrations);
        try
        {
            await ConnectAsync(target, cancellationToken).ConfigureAwait(false);
            return await RunConnectedAsync(baseMigrations, newMigrations, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ConnectAsync(string database, CancellationToken cancellationToken, bool create = true)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        target = database;
        connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Bookkeeping is not null && create)
        {
            await ExecuteAsync(connection, Bookkeeping, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Copies the database as it is after <paramref name="applied"/> new ups (a template copy needs no connection to
    /// the source) once the ups since the last copy took as long as a copy does: a rebuild past a bad down then replays
    /// no longer than a copy takes, and the copies never cost more than the ups themselves.
    /// </summary>
    private async Task CheckpointAsync(int applied, double upMs, CancellationToken cancellationToken)
    {
        upsSinceCheckpoint += TimeSpan.FromMilliseconds(upMs);
        if (FreshDatabase is null || (applied > 0 && upsSinceCheckpoint < (checkpointCost > MinimumReplay ? checkpointCost : MinimumReplay)))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var source = target;
        await Connection.DisposeAsync().ConfigureAwait(false);
        connection = null;
        checkpoints[applied] = await FreshDatabase(new NpgsqlConnectionStringBuilder(source).Database, cancellationToken).ConfigureAwait(false);
        await ConnectAsync(source, cancellationToken, create: false).ConfigureAwait(false);
        timings.Add("checkpoints", started);
        checkpointCost = Stopwatch.GetElapsedTime(started);
        upsSinceCheckpoint = TimeSpan.Zero;
    }

    private async Task<DryRunResult> RunConnectedAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, CancellationToken cancellationToken)
    {
        var steps = new List<StepResult>();
        foreach (var migration in baseMigrations)
        {
            var step = await ApplyAsync(Connection, "base", migration, migration.Up, null, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                var empty = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
                return Result(steps, empty, empty);
            }
        }

        if (Parity?.SeedSql is { } seed)
        {
            await SeedAsync(Connection, seed, cancellationToken).ConfigureAwait(false);
        }

        var parityBefore = Parity is null ? null : await ReadAsync(Connection, Parity.Queries, cancellationToken).ConfigureAwait(false);
        var before = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var existing = await ExistingTablesAsync(Connection, cancellationToken).ConfigureAwait(false);
        Log($"base: {baseMigrations.Count} migrations applied, {before.Objects.Count} catalog objects, {existing.Count} tables");
        var snapshots = new List<CatalogSnapshot> { before };
        await CheckpointAsync(0, 0, cancellationToken).ConfigureAwait(false);
        foreach (var migration in newMigrations)
        {
            var step = await ApplyAsync(Connection, "up", migration, migration.Up, existing, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                // Later ups build on this one: there is nothing sound to run after it.
                return Result(steps, before, snapshots[^1]);
            }

            snapshots.Add(await SnapshotAsync(cancellationToken).ConfigureAwait(false));
            await CheckpointAsync(snapshots.Count - 1, step.DurationMs, cancellationToken).ConfigureAwait(false);
        }

        var after = snapshots[^1];
        if (Parity is not null)
        {
            var parity = Compare(Parity.Queries, parityBefore!, await ReadAsync(Connection, Parity.Queries, cancellationToken).ConfigureAwait(false));
            Log($"shadow parity: {parity.Count(p => p.Same)}/{parity.Count} queries return the same rows");
            parityResults = parity;
        }

        var missing = newMigrations.Where(m => m.Down is null && !m.Repeatable).Select(m => m.ToString()).ToList();
        if (missing.Count > 0)
        {
            Log($"rollback not proven: no down script for {string.Join(", ", missing)}");
        }

        // Downs can only run back to the newest migration that has none.
        var floor = newMigrations.ToList().FindLastIndex(m => m.Down is null && !m.Repeatable) + 1;
        var rollback = await RollBackAsync(baseMigrations, newMigrations, snapshots, floor, steps, cancellationToken).ConfigureAwait(false);
        var reapply = await ReapplyAsync(baseMigrations, newMigrations, snapshots, floor, rollback.State, steps, cancellationToken).ConfigureAwait(false);
        return Result(steps, before, after) with
        {
            MissingDown = missing,
            RollbackProven = missing.Count == 0 && rollback.Proven,
            ReapplyWorks = reapply.Works,
            ReapplyMismatch = reapply.Mismatch,
        };
    }

    private async Task<(bool Works, IReadOnlyList<SchemaChange> Mismatch)> ReapplyAsync(IReadOnlyList<Migration> baseMigrations, IReadOnlyList<Migration> newMigrations, List<CatalogSnapshot> snapshots, int floor, CatalogSnapshot state, List<StepResult> steps, CancellationToken cancellationToken)
    {
        if (floor >= newMigrations.Count)
        {
            return (true, []);
        }

        // A down already reported as not restoring the schema must not fail the re-apply a second time.
        if (!await EnsureStateAsync(baseMigrations, newMigrations, snapshots, floor, state, cancellationToken).ConfigureAwait(false))
        {
            Log($"re-apply starts from a schema that differs from the one before {newMigrations[floor]} (no fresh database to rebuild it)");
        }

        for (var i = floor; i < newMigrations.Count; i++)
        {
            var step = await ApplyAsync(Connection, "reapply", newMigrations[i], newMigrations[i].Up, null, cancellationToken).ConfigureAwait(false);
            steps.Add(step);
            if (step.Error is not null)
            {
                return (false, []);
            }
        }

        var mismatch = (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).DiffFrom(snapshots[^1]);
        return (mismatch.Count == 0, mismatch);
    }

    private async Task<CatalogSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var snapshot = await CatalogSnapshot.TakeAsync(Connection, cancellationToken).ConfigureAwait(false);
        timings.Add("snapshots", started);
        return snapshot;
    }

    private DryRunResult Result(List<StepResult> steps, CatalogSnapshot before, CatalogSnapshot after)
    {
        Log(timings.Summary());
        return new(steps, before, after) { Log = log, Parity = parityResults };
    }

    private void Log(string line) => log.Add(line);

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
