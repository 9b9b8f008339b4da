using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Migrations.Rules;

/// <summary>Every static rule with its help text and safe alternative.</summary>
internal static class RuleCatalog
{
    private static readonly MigrationRule[] Rules =
    [
        new("adding-required-field", Severity.Error, "Adding a required field", "ADD COLUMN ... NOT NULL without a DEFAULT fails on a table that has rows and breaks writers that do not set it.", "Add the column nullable (or with a constant DEFAULT), backfill, then add the NOT NULL constraint."),
        new("adding-field-with-default", Severity.Error, "Adding a field with a volatile default", "A volatile DEFAULT (or a stored generated column) rewrites the whole table under an ACCESS EXCLUSIVE lock.", "Add the column without a default, set the default, then backfill in batches."),
        new("adding-not-nullable-field", Severity.Error, "Setting NOT NULL on an existing column", "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.", "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan)."),
        new("adding-foreign-key-constraint", Severity.Error, "Adding a foreign key that is validated immediately", "Adding a foreign key validates every row while holding SHARE ROW EXCLUSIVE locks on both tables.", "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later statement."),
        new("constraint-missing-not-valid", Severity.Error, "Constraint added without NOT VALID", "Adding a CHECK or FOREIGN KEY constraint checks every existing row while blocking writes.", "Add the constraint NOT VALID, then VALIDATE CONSTRAINT separately (it takes a weaker lock)."),
        new("adding-serial-primary-key-field", Severity.Error, "Adding a primary key the blocking way", "Adding a primary key builds its index under an ACCESS EXCLUSIVE lock.", "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX."),
        new("disallowed-unique-constraint", Severity.Error, "Adding a unique constraint the blocking way", "ADD CONSTRAINT ... UNIQUE builds its index under an ACCESS EXCLUSIVE lock.", "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX."),
        new("changing-column-type", Severity.Error, "Changing a column type", "Changing a column's type usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, and breaks readers of the old type.", "Add a new column of the new type, backfill, switch readers, then drop the old column (expand/contract)."),
        new("renaming-column", Severity.Error, "Renaming a column", "Running application code still uses the old name and fails as soon as the rename commits.", "Add the new column, write to both, backfill, switch readers, then drop the old one."),
        new("renaming-table", Severity.Error, "Renaming a table", "Running application code still uses the old name and fails as soon as the rename commits.", "Create the new table (or a view under the old name), migrate readers and writers, then drop the old name."),
        new("ban-drop-column", Severity.Error, "Dropping a column", "Running application code that selects or inserts the column fails, and the data is gone.", "Stop reading and writing the column first (contract only after it has had no reads), then drop it in its own migration."),
        new("ban-drop-table", Severity.Error, "Dropping a table", "Running application code that uses the table fails, and the data is gone.", "Stop using the table first, keep a backup, then drop it in its own contract migration."),
        new("ban-drop-database", Severity.Error, "Dropping a database", "A migration must never drop a database.", "Drop databases by hand, outside migrations, after a backup."),
        new("ban-drop-not-null", Severity.Error, "Dropping NOT NULL", "Readers that rely on the column being set start to see NULLs; the change is not backward compatible.", "Keep the constraint, or make sure every reader handles NULL before dropping it."),
        new("ban-truncate-cascade", Severity.Error, "TRUNCATE ... CASCADE", "CASCADE also truncates every table that references this one, however far the chain goes.", "Truncate the tables you mean by name, without CASCADE."),
        new("require-concurrent-index-creation", Severity.Error, "Creating an index without CONCURRENTLY", "CREATE INDEX blocks writes to the table until the index is built.", "CREATE INDEX CONCURRENTLY, outside a transaction."),
        new("require-concurrent-index-deletion", Severity.Error, "Dropping an index without CONCURRENTLY", "DROP INDEX takes an ACCESS EXCLUSIVE lock on the table.", "DROP INDEX CONCURRENTLY, outside a transaction."),
        new("ban-concurrent-index-creation-in-transaction", Severity.Error, "CONCURRENTLY inside a transaction", "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block; the migration fails.", "Put the statement in its own migration that the tool runs outside a transaction (golang-migrate: alone in its file; dbmate: transaction:false; Flyway: executeInTransaction=false; Diesel: metadata.toml with run_in_transaction = false)."),
        new("transaction-nesting", Severity.Error, "Nested transaction", "The tool already runs this file in a transaction (or one is open): BEGIN warns and does nothing, and COMMIT ends the tool's transaction early.", "Remove BEGIN/COMMIT and let the tool manage the transaction."),
        new("ban-uncommitted-transaction", Severity.Error, "Transaction never committed", "BEGIN without COMMIT leaves the transaction open: the work is rolled back or the session hangs holding locks.", "Add COMMIT at the end of the file."),
        new("require-timeout-settings", Severity.Error, "No lock_timeout before locking work", "An ACCESS EXCLUSIVE lock request waits behind long queries and blocks every query queued after it.", "Start the migration with SET lock_timeout = '2s' (and retry on timeout)."),
        new("prefer-robust-stmts", Severity.Warning, "Statement is not re-runnable", "Outside a transaction a failed migration is left half-applied; re-running stops at statements that already succeeded.", "Use IF NOT EXISTS / IF EXISTS so the migration can be re-run."),
        new("ban-char-field", Severity.Warning, "char(n) column", "char(n) pads with spaces and is never faster than text.", "Use text (with a CHECK on length if needed)."),
        new("prefer-bigint-over-int", Severity.Warning, "32-bit or 16-bit integer column", "int and smallint ids run out; changing the type later rewrites the table.", "Use bigint."),
        new("prefer-bigint-over-smallint", Severity.Warning, "16-bit integer column", "smallint ids and counters run out; changing the type later rewrites the table.", "Use bigint."),
        new("require-concurrent-reindex", Severity.Error, "REINDEX without CONCURRENTLY", "REINDEX takes an ACCESS EXCLUSIVE lock on the index (and blocks writes to the table) until the rebuild finishes.", "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction."),
        new("require-enum-value-ordering", Severity.Warning, "Enum value added without a position", "ADD VALUE without BEFORE or AFTER appends the value at the end of the enum's sort order, which ORDER BY and comparisons then follow.", "Say where it goes: ALTER TYPE ... ADD VALUE 'x' BEFORE 'y' (or AFTER)."),
        new("identifier-too-long", Severity.Error, "Identifier longer than 63 bytes", "PostgreSQL silently truncates identifiers to 63 bytes, so the object gets another name than written and two long names can collide.", "Use a name of at most 63 bytes."),
        new("prefer-identity", Severity.Warning, "serial column", "serial creates a loosely attached sequence with awkward permissions and ownership.", "Use bigint GENERATED BY DEFAULT AS IDENTITY."),
        new("prefer-timestamptz", Severity.Warning, "timestamp without time zone", "timestamp without time zone loses the offset and compares wrongly across time zones.", "Use timestamptz."),
        new("prefer-text-field", Severity.Warning, "varchar(n) column", "Changing a varchar length later takes an ACCESS EXCLUSIVE lock; varchar(n) is no faster than text.", "Use text with a CHECK constraint on length."),
    ];

    private static readonly Dictionary<string, MigrationRule> ById = Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>All rules, in documentation order.</summary>
    public static IReadOnlyList<MigrationRule> All => Rules;

    /// <summary>The rule with this id.</summary>
    public static MigrationRule Get(string id) => ById[id];

    public static bool Exists(string id) => ById.ContainsKey(id);
}
