using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Parsing;
using Toolkit.Gates.Migrations.Rules;
using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Linting;

/// <summary>Walks a script's statements in order, tracking transactions, lock_timeout and tables created so far.</summary>
internal sealed partial class LintState(MigrationScript script, LintOptions options, List<ParsedStatement> statements)
{
    private readonly HashSet<string> createdTables = new(StringComparer.Ordinal);
    private readonly HashSet<string> createdIndexes = new(StringComparer.Ordinal);
    private readonly HashSet<string> createdTypes = new(StringComparer.Ordinal);
    private ParsedStatement? openBegin;
    private bool lockTimeoutSet;
    private bool timeoutReported;

    public List<RawFinding> Raw { get; } = [];

    /// <summary>Whether the tool itself wraps the file in a transaction.</summary>
    private bool ToolTransaction => script.Mode == TransactionMode.PerFile
        || (script.Mode == TransactionMode.MultiStatementQuery && statements.Count > 1);

    private bool InTransaction => ToolTransaction || openBegin is not null;

    public void Run()
    {
        foreach (var statement in statements)
        {
            IdentifierLength(statement);
            switch (statement.Kind)
            {
                case StatementKind.Begin:
                    if (InTransaction)
                    {
                        Add(MigrationRules.TransactionNesting, statement, statement.Start, ToolTransaction ? $"BEGIN in a file that {ToolName} already runs in a transaction." : "BEGIN while a transaction is already open.");
                    }

                    openBegin ??= statement;
                    break;
                case StatementKind.Commit or StatementKind.Rollback:
                    if (ToolTransaction)
                    {
                        Add(MigrationRules.TransactionNesting, statement, statement.Start, $"{statement.Start.Text.ToUpperInvariant()} ends the transaction {ToolName} opened for this file.");
                    }

                    openBegin = null;
                    break;
                case StatementKind.Set:
                    if (statement.Setting == "lock_timeout" && statement.SettingValue is not ("0" or "default"))
                    {
                        lockTimeoutSet = true;
                    }

                    break;
                case StatementKind.CreateTable:
                    CreateTable(statement);
                    break;
                case StatementKind.AlterTable:
                    AlterTable(statement);
                    break;
                case StatementKind.CreateIndex:
                    CreateIndex(statement);
                    break;
                case StatementKind.DropIndex:
                    DropIndex(statement);
                    break;
                case StatementKind.DropTable:
                    DropTable(statement);
                    break;
                case StatementKind.Reindex:
                    Reindex(statement);
                    break;
                case StatementKind.CreateType:
                    createdTypes.Add(statement.Table?.Key ?? string.Empty);
                    break;
                case StatementKind.AlterType:
                    AlterType(statement);
                    break;
                case StatementKind.DropType:
                    if (!InTransaction && !statement.Guarded)
                    {
                        Add(MigrationRules.PreferRobustStmts, statement, statement.Start, "DROP TYPE without IF EXISTS outside a transaction.");
                    }

                    NeedsTimeout(statement, statement.Targets.Any(t => !createdTypes.Contains(t.Key)) ? $"type {statement.Targets[0]}" : null);
                    break;
                case StatementKind.DropDatabase:
                    Add(MigrationRules.BanDropDatabase, statement, statement.Start, $"DROP DATABASE {string.Join(", ", statement.Targets)}.");
                    break;
                case StatementKind.Truncate:
                    if (statement.Cascade)
                    {
                        Add(MigrationRules.BanTruncateCascade, statement, statement.Source.Tokens[^1], $"TRUNCATE {string.Join(", ", statement.Targets)} CASCADE.");
                    }

                    NeedsTimeout(statement, statement.Targets.FirstOrDefault());
                    break;
                default:
                    OtherLocking(statement);
                    break;
            }
        }

        if (openBegin is not null)
        {
            Add(MigrationRules.BanUncommittedTransaction, openBegin, openBegin.Start, "This BEGIN has no COMMIT before the end of the file.");
        }
    }

    private string ToolName => script.Mode switch
    {
        TransactionMode.MultiStatementQuery => "golang-migrate (one multi-statement query)",
        _ => "the migration tool",
    };

    private bool IsExisting(QualifiedName? table) =>
        table is not null && !createdTables.Contains(table.Key) && !options.NewTables.Contains(table.Key);

    private void Add(MigrationRule rule, ParsedStatement statement, SqlToken at, string message) =>
        Raw.Add(new RawFinding(rule, statement, at, message));

    /// <summary>require-timeout-settings: once per file, at the first locking statement on an existing table.</summary>
    private void NeedsTimeout(ParsedStatement statement, QualifiedName? table) =>
        NeedsTimeout(statement, IsExisting(table) ? $"table {table}" : null);

    /// <summary>require-timeout-settings for a statement that locks <paramref name="existing"/> (null: nothing that existed).</summary>
    private void NeedsTimeout(ParsedStatement statement, string? existing)
    {
        if (!lockTimeoutSet && !timeoutReported && existing is not null)
        {
            timeoutReported = true;
            Add(MigrationRules.RequireTimeoutSettings, statement, statement.Start, $"This statement locks existing {existing} and no SET lock_timeout comes before it.");
        }
    }

    private void CreateTable(ParsedStatement statement)
    {
        // CREATE TABLE ... AS SELECT fills the table at once: constraints added later validate every row, as on an
        // existing table, so it does not join the empty new tables.
        if (statement.Table is { } table && !statement.AsQuery)
        {
            createdTables.Add(table.Key);
        }

        foreach (var column in statement.Columns)
        {
            ColumnType(statement, column.TypeTokens, column.Name);
        }

        // A foreign key to an existing table locks that table (SHARE ROW EXCLUSIVE) while the new one is created.
        NeedsTimeout(statement, ReferencedTables(statement).FirstOrDefault(IsExisting));

        if (!InTransaction && !statement.Guarded)
        {
            Add(MigrationRules.PreferRobustStmts, statement, statement.Start, $"CREATE TABLE {statement.Table} without IF NOT EXISTS outside a transaction.");
        }
    }

    private void CreateIndex(ParsedStatement statement)
    {
        var nameToken = statement.Source.Tokens.SkipWhile(t => !t.Is("index")).Skip(1).FirstOrDefault(t => t.IsName && !t.Is("concurrently") && !t.Is("if") && !t.Is("not") && !t.Is("exists"));
        if (nameToken is not null && !nameToken.Is("on"))
        {
            createdIndexes.Add(nameToken.Value);
        }

        if (statement.Concurrently)
        {
            ConcurrentlyInTransaction(statement, "CREATE INDEX CONCURRENTLY");
        }
        else if (IsExisting(statement.Table))
        {
            Add(MigrationRules.RequireConcurrentIndexCreation, statement, statement.Start, $"CREATE INDEX on existing table {statement.Table} without CONCURRENTLY.");
        }

        NeedsTimeout(statement, statement.Table);

        // CONCURRENTLY cannot run in a transaction, so where it works it runs outside one and must be re-runnable.
        if ((!InTransaction || statement.Concurrently) && !statement.Guarded)
        {
            Add(MigrationRules.PreferRobustStmts, statement, statement.Start, "CREATE INDEX without IF NOT EXISTS outside a transaction.");
        }
    }

    private void DropIndex(ParsedStatement statement)
    {
        if (statement.Concurrently)
        {
            ConcurrentlyInTransaction(statement, "DROP INDEX CONCURRENTLY");
        }
        else if (!statement.Targets.All(t => createdIndexes.Contains(t.Name)))
        {
            Add(MigrationRules.RequireConcurrentIndexDeletion, statement, statement.Start, $"DROP INDEX {string.Join(", ", statement.Targets)} without CONCURRENTLY.");
        }

        var existingIndex = statement.Targets.FirstOrDefault(t => !createdIndexes.Contains(t.Name));
        NeedsTimeout(statement, existingIndex is null ? null : $"index {existingIndex}");

        if ((!InTransaction || statement.Concurrently) && !statement.Guarded)
        {
            Add(MigrationRules.PreferRobustStmts, statement, statement.Start, "DROP INDEX without IF EXISTS outside a transaction.");
        }
    }

    private void ConcurrentlyInTransaction(ParsedStatement statement, string what)
    {
        if (InTransaction)
        {
            var why = openBegin is not null ? "after an explicit BEGIN"
                : script.Mode == TransactionMode.MultiStatementQuery ? "in a golang-migrate file with other statements (sent as one query, so one implicit transaction)"
                : "in a file the migration tool runs in a transaction";
            Add(MigrationRules.BanConcurrentIndexCreationInTransaction, statement, statement.Start, $"{what} {why}.");
        }
    }

    private void DropTable(ParsedStatement statement)
    {
        foreach (var target in statement.Targets.Where(IsExisting))
        {
            Add(MigrationRules.BanDropTable, statement, statement.Start, $"DROP TABLE {target}.");
        }

        NeedsTimeout(statement, statement.Targets.FirstOrDefault(IsExisting));
        if (!InTransaction && !statement.Guarded)
        {
            Add(MigrationRules.PreferRobustStmts, statement, statement.Start, "DROP TABLE without IF EXISTS outside a transaction.");
        }
    }
}
