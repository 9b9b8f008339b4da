using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Rules;

/// <summary>
/// Every rule migration-gate reports, all prefixed <c>migration/</c>. The lint rules keep Squawk's names after the
/// prefix (help: Squawk's page, so users moving over find the familiar explanation); the gate's own rules are explained
/// in docs/migrations.md. The bare names (before the prefix) still work wherever a user types a rule.
/// </summary>
internal static class MigrationRules
{
    /// <summary>The prefix of every rule id of this gate.</summary>
    public const string Prefix = "migration/";

    private const string Docs = GateRule.DocsBase + "migrations.md#";

    public static readonly MigrationRule AddingRequiredField = Lint("adding-required-field", Severity.Error, "Adding a required field",
        "ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows and breaks writers that do not set it.",
        "Add the column nullable (or with a constant DEFAULT), backfill, then add the NOT NULL constraint.");

    public static readonly MigrationRule AddingFieldWithDefault = Lint("adding-field-with-default", Severity.Error, "Adding a field with a volatile default",
        "A volatile DEFAULT (or a stored generated column) rewrites the whole table under an ACCESS EXCLUSIVE lock.",
        "Add the column without a default, set the default, then backfill in batches.");

    public static readonly MigrationRule AddingNotNullableField = Lint("adding-not-nullable-field", Severity.Error, "Setting NOT NULL on an existing column",
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
        "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan).");

    public static readonly MigrationRule AddingForeignKeyConstraint = Lint("adding-foreign-key-constraint", Severity.Error, "Adding a foreign key that is validated immediately",
        "Adding a foreign key validates every row while holding SHARE ROW EXCLUSIVE locks on both tables.",
        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later statement.");

    public static readonly MigrationRule ConstraintMissingNotValid = Lint("constraint-missing-not-valid", Severity.Error, "Constraint added without NOT VALID",
        "Adding a CHECK or FOREIGN KEY constraint checks every existing row while blocking writes.",
        "Add the constraint NOT VALID, then VALIDATE CONSTRAINT separately (it takes a weaker lock).");

    public static readonly MigrationRule AddingSerialPrimaryKeyField = Lint("adding-serial-primary-key-field", Severity.Error, "Adding a primary key the blocking way",
        "Adding a primary key builds its index under an ACCESS EXCLUSIVE lock.",
        "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.");

    public static readonly MigrationRule DisallowedUniqueConstraint = Lint("disallowed-unique-constraint", Severity.Error, "Adding a unique constraint the blocking way",
        "ADD CONSTRAINT ... UNIQUE builds its index under an ACCESS EXCLUSIVE lock.",
        "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.");

    public static readonly MigrationRule ChangingColumnType = Lint("changing-column-type", Severity.Error, "Changing a column type",
        "Changing a column's type usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, and breaks readers of the old type.",
        "Add a new column of the new type, backfill, switch readers, then drop the old column (expand/contract).");

    public static readonly MigrationRule RenamingColumn = Lint("renaming-column", Severity.Error, "Renaming a column",
        "Running application code still uses the old name and fails as soon as the rename commits.",
        "Add the new column, write to both, backfill, switch readers, then drop the old one.");

    public static readonly MigrationRule RenamingTable = Lint("renaming-table", Severity.Error, "Renaming a table",
        "Running application code still uses the old name and fails as soon as the rename commits.",
        "Create the new table (or a view under the old name), migrate readers and writers, then drop the old name.");

    public static readonly MigrationRule BanDropColumn = Lint("ban-drop-column", Severity.Error, "Dropping a column",
        "Running application code that selects or inserts the column fails, and the data is gone.",
        "Stop reading and writing the column first (contract only after it has had no reads), then drop it in its own migration.");

    public static readonly MigrationRule BanDropTable = Lint("ban-drop-table", Severity.Error, "Dropping a table",
        "Running application code that uses the table fails, and the data is gone.",
        "Stop using the table first, keep a backup, then drop it in its own contract migration.");

    public static readonly MigrationRule BanDropDatabase = Lint("ban-drop-database", Severity.Error, "Dropping a database",
        "A migration must never drop a database.",
        "Drop databases by hand, outside migrations, after a backup.");

    public static readonly MigrationRule BanDropNotNull = Lint("ban-drop-not-null", Severity.Error, "Dropping NOT NULL",
        "Readers that rely on the column being set start to see NULLs; the change is not backward compatible.",
        "Keep the constraint, or make sure every reader handles NULL before dropping it.");

    public static readonly MigrationRule BanTruncateCascade = Lint("ban-truncate-cascade", Severity.Error, "TRUNCATE ... CASCADE",
        "CASCADE also truncates every table that references this one, however far the chain goes.",
        "Truncate the tables you mean by name, without CASCADE.");

    public static readonly MigrationRule RequireConcurrentIndexCreation = Lint("require-concurrent-index-creation", Severity.Error, "Creating an index without CONCURRENTLY",
        "CREATE INDEX blocks writes to the table until the index is built.",
        "CREATE INDEX CONCURRENTLY, outside a transaction.");

    public static readonly MigrationRule RequireConcurrentIndexDeletion = Lint("require-concurrent-index-deletion", Severity.Error, "Dropping an index without CONCURRENTLY",
        "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table.",
        "DROP INDEX CONCURRENTLY, outside a transaction.");

    public static readonly MigrationRule BanConcurrentIndexCreationInTransaction = Lint("ban-concurrent-index-creation-in-transaction", Severity.Error, "CONCURRENTLY inside a transaction",
        "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block; the migration fails.",
        "Put the statement in its own migration that the tool runs outside a transaction (golang-migrate: alone in its file; dbmate: transaction:false; Flyway: executeInTransaction=false; Diesel: metadata.toml with run_in_transaction = false).");

    public static readonly MigrationRule TransactionNesting = Lint("transaction-nesting", Severity.Error, "Nested transaction",
        "The tool already runs this file in a transaction (or one is open): BEGIN warns and does nothing, and COMMIT ends the tool's transaction early.",
        "Remove BEGIN/COMMIT and let the tool manage the transaction.");

    public static readonly MigrationRule BanUncommittedTransaction = Lint("ban-uncommitted-transaction", Severity.Error, "Transaction never committed",
        "BEGIN without COMMIT leaves the transaction open: the work is rolled back or the session hangs holding locks.",
        "Add COMMIT at the end of the file.");

    public static readonly MigrationRule RequireTimeoutSettings = Lint("require-timeout-settings", Severity.Error, "No lock_timeout before locking work",
        "An ACCESS EXCLUSIVE lock request waits behind long queries and blocks every query queued after it.",
        "Start the migration with SET lock_timeout = '2s' (and retry on timeout).");

    public static readonly MigrationRule PreferRobustStmts = Lint("prefer-robust-stmts", Severity.Warning, "Statement is not re-runnable",
        "Outside a transaction a failed migration is left half-applied; re-running stops at statements that already succeeded.",
        "Use IF NOT EXISTS / IF EXISTS so the migration can be re-run.");

    public static readonly MigrationRule BanCharField = Lint("ban-char-field", Severity.Warning, "char(n) column",
        "char(n) pads with spaces and is never faster than text.",
        "Use text (with a CHECK on length if needed).");

    public static readonly MigrationRule PreferBigintOverInt = Lint("prefer-bigint-over-int", Severity.Warning, "32-bit or 16-bit integer column",
        "int and smallint ids run out; changing the type later rewrites the table.",
        "Use bigint.");

    public static readonly MigrationRule PreferBigintOverSmallint = Lint("prefer-bigint-over-smallint", Severity.Warning, "16-bit integer column",
        "smallint ids and counters run out; changing the type later rewrites the table.",
        "Use bigint.");

    public static readonly MigrationRule RequireConcurrentReindex = Lint("require-concurrent-reindex", Severity.Error, "REINDEX without CONCURRENTLY",
        "REINDEX takes an ACCESS EXCLUSIVE lock on the index (and blocks writes to the table) until the rebuild finishes.",
        "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction.");

    public static readonly MigrationRule RequireEnumValueOrdering = Lint("require-enum-value-ordering", Severity.Warning, "Enum value added without a position",
        "ADD VALUE without BEFORE or AFTER appends the value at the end of the enum's sort order, which ORDER BY and comparisons then follow.",
        "Say where it goes: ALTER TYPE ... ADD VALUE 'x' BEFORE 'y' (or AFTER).");

    public static readonly MigrationRule IdentifierTooLong = Lint("identifier-too-long", Severity.Error, "Identifier longer than 63 bytes",
        "PostgreSQL silently truncates identifiers to 63 bytes, so the object gets another name than written and two long names can collide.",
        "Use a name of at most 63 bytes.");

    public static readonly MigrationRule PreferIdentity = Lint("prefer-identity", Severity.Warning, "serial column",
        "serial creates a loosely attached sequence with awkward permissions and ownership.",
        "Use bigint GENERATED BY DEFAULT AS IDENTITY.");

    public static readonly MigrationRule PreferTimestamptz = Lint("prefer-timestamptz", Severity.Warning, "timestamp without time zone",
        "timestamp without time zone loses the offset and compares wrongly across time zones.",
        "Use timestamptz.");

    public static readonly MigrationRule PreferTextField = Lint("prefer-text-field", Severity.Warning, "varchar(n) column",
        "Changing a varchar length later takes an ACCESS EXCLUSIVE lock; varchar(n) is no faster than text.",
        "Use text with a CHECK constraint on length.");

    // The gate's own rules (reading the SQL, layouts, history, expand/contract, the dry run), explained in docs/migrations.md.
    public static readonly MigrationRule SqlSyntaxError = Own("sql-syntax-error", Severity.Error, "SQL syntax error");

    public static readonly MigrationRule UnusedIgnore = Own("unused-ignore", Severity.Warning, "Unused ignore");

    public static readonly MigrationRule MigrationLayout = Own("migration-layout", Severity.Error, "Migration layout problem");

    public static readonly MigrationRule MigrationHistoryRewritten = Own("migration-history-rewritten", Severity.Error, "Migration history rewritten");

    public static readonly MigrationRule ExpandContractMixed = Own("expand-contract-mixed", Severity.Error, "Expand and contract mixed");

    public static readonly MigrationRule ContractWithExpand = Own("contract-with-expand", Severity.Error, "Contract in the same change as its expand");

    public static readonly MigrationRule ContractStillReferenced = Own("contract-still-referenced", Severity.Error, "Contract still referenced by code");

    public static readonly MigrationRule DryRunFailed = Own("dry-run-failed", Severity.Error, "Dry run failed");

    public static readonly MigrationRule RollbackMissing = Own("rollback-missing", Severity.Error, "No rollback");

    public static readonly MigrationRule RollbackMismatch = Own("rollback-mismatch", Severity.Error, "Rollback does not restore the schema");

    public static readonly MigrationRule RollbackIrreversible = Own("rollback-irreversible", Severity.Warning, "Known irreversibility");

    public static readonly MigrationRule ReapplyMismatch = Own("reapply-mismatch", Severity.Error, "Re-apply differs");

    public static readonly MigrationRule DryRunLock = Own("dry-run-lock", Severity.Note, "Lock on an existing table");

    public static readonly MigrationRule SchemaDiff = Own("schema-diff", Severity.Note, "Schema diff");

    public static readonly MigrationRule ShadowParity = Own("shadow-parity", Severity.Error, "Shadow parity broken");

    /// <summary>Every rule: the lint rules in documentation order, then the gate's own.</summary>
    public static IReadOnlyList<MigrationRule> All { get; } =
    [
        AddingRequiredField, AddingFieldWithDefault, AddingNotNullableField, AddingForeignKeyConstraint,
        ConstraintMissingNotValid, AddingSerialPrimaryKeyField, DisallowedUniqueConstraint, ChangingColumnType,
        RenamingColumn, RenamingTable, BanDropColumn, BanDropTable, BanDropDatabase, BanDropNotNull,
        BanTruncateCascade, RequireConcurrentIndexCreation, RequireConcurrentIndexDeletion,
        BanConcurrentIndexCreationInTransaction, TransactionNesting, BanUncommittedTransaction,
        RequireTimeoutSettings, PreferRobustStmts, BanCharField, PreferBigintOverInt, PreferBigintOverSmallint,
        RequireConcurrentReindex, RequireEnumValueOrdering, IdentifierTooLong, PreferIdentity, PreferTimestamptz,
        PreferTextField, SqlSyntaxError, UnusedIgnore, MigrationLayout, MigrationHistoryRewritten,
        ExpandContractMixed, ContractWithExpand, ContractStillReferenced, DryRunFailed, RollbackMissing,
        RollbackMismatch, RollbackIrreversible, ReapplyMismatch, DryRunLock, SchemaDiff, ShadowParity,
    ];

    // A lint rule by its id and by its bare name, which gate-ignore comments and disabled_rules written before the prefix use.
    private static readonly Dictionary<string, MigrationRule> LintsByTypedName = All.Where(r => r.IsLint)
        .SelectMany(r => new[] { r.Id, r.Name }.Select(name => (Name: name, Rule: r)))
        .ToDictionary(p => p.Name, p => p.Rule, StringComparer.Ordinal);

    /// <summary>The lint rule a user means by <paramref name="typed"/> (its id, or its bare Squawk name), or null.</summary>
    public static MigrationRule? FindLint(string typed) => LintsByTypedName.GetValueOrDefault(typed);

    /// <summary>The id without the prefix: Squawk's name, for comparing with Squawk.</summary>
    public static string SquawkName(string id) => id.StartsWith(Prefix, StringComparison.Ordinal) ? id[Prefix.Length..] : id;

    private static MigrationRule Lint(string name, Severity severity, string title, string why, string alternative) =>
        new(Prefix + name, severity, title, "https://squawkhq.com/docs/" + name) { Why = why, Alternative = alternative };

    private static MigrationRule Own(string name, Severity severity, string title) =>
        new(Prefix + name, severity, title, Docs + name);
}
