using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.DryRun;

/// <summary>Running one script the way its tool would, observing locks, and mapping errors to file positions.</summary>
internal sealed partial class DryRunner
{
    private const string LocksQuery = """
        SELECT DISTINCT n.nspname || '.' || c.relname, l.mode
        FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE l.pid = pg_backend_pid() AND l.granted AND l.relation = ANY(@existing)
        ORDER BY 1, 2
        """;

    /// <summary>
    /// Renders the runner templates a file carries, keeping every position: River writes
    /// <c>/* TEMPLATE: schema */table</c> (inside string literals too) and substitutes the schema, empty by default.
    /// </summary>
    private static string Render(string text) =>
        text.Contains("/* TEMPLATE:", StringComparison.Ordinal) ? TemplateMarker().Replace(text, m => new string(' ', m.Length)) : text;

    private static async Task<List<uint>> ExistingTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var oids = new List<uint>();
        var command = new NpgsqlCommand("SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'", connection);
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    oids.Add(reader.GetFieldValue<uint>(0));
                }
            }
        }

        return oids;
    }

    private async Task<StepResult> ApplyAsync(NpgsqlConnection connection, string phase, Migration migration, MigrationScript script, List<uint>? existing, CancellationToken cancellationToken)
    {
        var split = StatementSplitter.Split(Render(script.Text));
        var started = Stopwatch.GetTimestamp();
        var step = new StepResult(phase, migration.ToString(), script.Path, 0);
        if (split.Error is { } syntax)
        {
            return step with { Error = new ScriptError(script.Path, syntax.Line, syntax.Column, syntax.Message, null) };
        }

        var statements = split.Statements;
        var wrap = script.Mode == TransactionMode.PerFile || (script.Mode == TransactionMode.MultiStatementQuery && statements.Count > 1);
        var locks = new SortedSet<LockRecord>(Comparer<LockRecord>.Create((a, b) => string.CompareOrdinal(a.Relation + a.Mode, b.Relation + b.Mode)));
        SqlStatement? current = null;
        try
        {
            if (wrap)
            {
                await ExecuteAsync(connection, "BEGIN", cancellationToken).ConfigureAwait(false);
                foreach (var statement in statements)
                {
                    current = statement;
                    await ExecuteAsync(connection, statement.Text, cancellationToken).ConfigureAwait(false);
                }

                current = null;
                await ObserveLocksAsync(connection, existing, locks, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, "COMMIT", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                foreach (var statement in statements)
                {
                    current = statement;
                    await AutocommitAsync(connection, statement, existing, locks, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (PostgresException ex)
        {
            await RecoverAsync(connection, cancellationToken).ConfigureAwait(false);
            var (line, column) = Position(script.Text, current, ex.Position);
            Log($"{phase} {migration}: ERROR at {script.Path}:{line}:{column}: {ex.MessageText}");
            return step with { DurationMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds, Error = new ScriptError(script.Path, line, column, ex.MessageText, ex.SqlState) };
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        timings.Add(phase, started);
        Log($"{phase} {migration} ({script.Path}): {Ms(elapsed)} ms{(locks.Count > 0 ? "; locks on existing tables: " + string.Join(", ", locks.Select(l => $"{l.Mode} on {l.Relation}")) : string.Empty)}");
        return step with { DurationMs = elapsed, Locks = [.. locks] };
    }

    /// <summary>
    /// Autocommit mode: each statement alone, wrapped in a transaction only to read its locks, except those that
    /// cannot run in one (CONCURRENTLY, VACUUM, database-level statements).
    /// </summary>
    private static async Task AutocommitAsync(NpgsqlConnection connection, SqlStatement statement, List<uint>? existing, SortedSet<LockRecord> locks, CancellationToken cancellationToken)
    {
        var standalone = existing is null || statement.Contains("concurrently") || statement.StartsWith("vacuum")
            || statement.StartsWith("create", "database") || statement.StartsWith("drop", "database") || statement.StartsWith("alter", "system")
            || statement.StartsWith("begin") || statement.StartsWith("commit") || statement.StartsWith("start") || statement.StartsWith("end")
            || statement.StartsWith("rollback");
        if (standalone)
        {
            await ExecuteAsync(connection, statement.Text, cancellationToken).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(connection, "BEGIN", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, statement.Text, cancellationToken).ConfigureAwait(false);
        await ObserveLocksAsync(connection, existing, locks, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "COMMIT", cancellationToken).ConfigureAwait(false);
    }

    private static async Task ObserveLocksAsync(NpgsqlConnection connection, List<uint>? existing, SortedSet<LockRecord> locks, CancellationToken cancellationToken)
    {
        if (existing is null || existing.Count == 0)
        {
            return;
        }

        var command = new NpgsqlCommand(LocksQuery, connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<uint[]>("existing", [.. existing]) { DataTypeName = "oid[]" });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    locks.Add(new LockRecord(reader.GetString(0), reader.GetString(1)));
                }
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task RecoverAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK", cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException)
        {
            // No transaction was open: nothing to roll back.
        }
    }

    /// <summary>The file line and column of PostgreSQL's 1-based error position inside the statement.</summary>
    private static (int Line, int Column) Position(string text, SqlStatement? statement, int position)
    {
        if (statement is null)
        {
            return (1, 1);
        }

        if (position <= 0)
        {
            return (statement.Line, statement.Column);
        }

        var offset = Math.Min(statement.Offset + position - 1, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    [GeneratedRegex(@"/\* TEMPLATE: [a-z_]+ \*/")]
    private static partial Regex TemplateMarker();
}
