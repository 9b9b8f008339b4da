using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Tests.Linting;

public sealed class RuleTests
{
    private const string Timeout = "SET lock_timeout = '2s';\n";

    public static TheoryData<string, string, int, int> Unsafe() => new()
    {
        { "migration/adding-required-field", Timeout + "ALTER TABLE users ADD COLUMN age bigint NOT NULL;", 2, 19 },
        { "migration/adding-field-with-default", Timeout + "ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();", 2, 19 },
        { "migration/adding-not-nullable-field", Timeout + "ALTER TABLE users\n  ALTER COLUMN email SET NOT NULL;", 3, 3 },
        { "migration/adding-foreign-key-constraint", Timeout + "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);", 2, 20 },
        { "migration/constraint-missing-not-valid", Timeout + "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0);", 2, 20 },
        { "migration/adding-serial-primary-key-field", Timeout + "ALTER TABLE items ADD COLUMN id bigserial PRIMARY KEY;", 2, 19 },
        { "migration/disallowed-unique-constraint", Timeout + "ALTER TABLE users ADD CONSTRAINT email_key UNIQUE (email);", 2, 19 },
        { "migration/changing-column-type", Timeout + "ALTER TABLE users ALTER COLUMN name TYPE text;", 2, 19 },
        { "migration/renaming-column", Timeout + "ALTER TABLE users RENAME COLUMN name TO full_name;", 2, 19 },
        { "migration/renaming-table", Timeout + "ALTER TABLE users RENAME TO customers;", 2, 19 },
        { "migration/ban-drop-column", Timeout + "ALTER TABLE users DROP COLUMN legacy;", 2, 19 },
        { "migration/ban-drop-table", Timeout + "DROP TABLE users;", 2, 1 },
        { "migration/ban-drop-database", "DROP DATABASE app;", 1, 1 },
        { "migration/ban-drop-not-null", Timeout + "ALTER TABLE users ALTER COLUMN email DROP NOT NULL;", 2, 19 },
        { "migration/ban-truncate-cascade", Timeout + "TRUNCATE users CASCADE;", 2, 16 },
        { "migration/require-concurrent-index-creation", "\n\nCREATE INDEX users_email ON users (email);", 3, 1 },
        { "migration/require-concurrent-index-deletion", "DROP INDEX users_email;", 1, 1 },
        { "migration/ban-concurrent-index-creation-in-transaction", "CREATE INDEX CONCURRENTLY users_email ON users (email);", 1, 1 },
        { "migration/transaction-nesting", "BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;", 1, 1 },
        { "migration/require-timeout-settings", "ALTER TABLE users ADD COLUMN nick text;", 1, 1 },
        { "migration/ban-char-field", "CREATE TABLE t (code char(3));", 1, 22 },
        { "migration/prefer-bigint-over-int", "CREATE TABLE t (n integer);", 1, 19 },
        { "migration/prefer-identity", "CREATE TABLE t (id bigserial PRIMARY KEY);", 1, 20 },
        { "migration/prefer-timestamptz", "CREATE TABLE t (at timestamp);", 1, 20 },
        { "migration/prefer-text-field", "CREATE TABLE t (name varchar(40));", 1, 22 },
        { "migration/prefer-bigint-over-smallint", "CREATE TABLE t (n smallint);", 1, 19 },
        { "migration/require-concurrent-reindex", Timeout + "REINDEX TABLE users;", 2, 1 },
        { "migration/require-enum-value-ordering", Timeout + "ALTER TYPE mood\n  ADD VALUE 'meh';", 3, 3 },
        { "migration/identifier-too-long", "CREATE TABLE t (" + new string('a', 64) + " text);", 1, 17 },
    };

    public static TheoryData<string, string> Safe() => new()
    {
        { "migration/adding-required-field", Timeout + "ALTER TABLE users ADD COLUMN age bigint NOT NULL DEFAULT 0;" },
        { "migration/adding-field-with-default", Timeout + "ALTER TABLE users ADD COLUMN created timestamptz DEFAULT now();" },
        { "migration/adding-not-nullable-field", "CREATE TABLE t (a text);\nALTER TABLE t ALTER COLUMN a SET NOT NULL;" },
        { "migration/adding-foreign-key-constraint", Timeout + "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;" },
        { "migration/constraint-missing-not-valid", Timeout + "ALTER TABLE orders ADD CONSTRAINT positive CHECK (total > 0) NOT VALID;" },
        { "migration/adding-serial-primary-key-field", Timeout + "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id;" },
        { "migration/disallowed-unique-constraint", Timeout + "ALTER TABLE users ADD CONSTRAINT email_key UNIQUE USING INDEX users_email;" },
        { "migration/changing-column-type", "CREATE TABLE t (a text);\nALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint;" },
        { "migration/renaming-column", "CREATE TABLE t (a text);\nALTER TABLE t RENAME COLUMN a TO b;" },
        { "migration/renaming-table", "CREATE TABLE t (a text);\nALTER TABLE t RENAME TO u;" },
        { "migration/ban-drop-column", "CREATE TABLE t (a text, b text);\nALTER TABLE t DROP COLUMN b;" },
        { "migration/ban-drop-table", "CREATE TABLE t (a text);\nDROP TABLE t;" },
        { "migration/ban-drop-not-null", Timeout + "ALTER TABLE users ALTER COLUMN email SET DEFAULT '';" },
        { "migration/ban-truncate-cascade", Timeout + "TRUNCATE users;" },
        { "migration/require-concurrent-index-creation", "CREATE TABLE t (a text);\nCREATE INDEX t_a ON t (a);" },
        { "migration/require-concurrent-index-deletion", "CREATE INDEX t_a ON t (a);\nDROP INDEX t_a;" },
        { "migration/transaction-nesting", "CREATE TABLE t (id bigint);" },
        { "migration/ban-uncommitted-transaction", "CREATE TABLE t (id bigint);" },
        { "migration/require-timeout-settings", "SET lock_timeout TO '1s';\nALTER TABLE users ADD COLUMN nick text;" },
        { "migration/ban-char-field", "CREATE TABLE t (code text, v character varying);" },
        { "migration/prefer-bigint-over-int", "CREATE TABLE t (n bigint);" },
        { "migration/prefer-identity", "CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY);" },
        { "migration/prefer-timestamptz", "CREATE TABLE t (at timestamp with time zone, b timestamptz);" },
        { "migration/prefer-text-field", "CREATE TABLE t (name text, v varchar);" },
        { "migration/prefer-bigint-over-smallint", "CREATE TABLE t (n bigint);" },
        { "migration/require-concurrent-reindex", Timeout + "REINDEX TABLE CONCURRENTLY users;" },
        { "migration/require-enum-value-ordering", Timeout + "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';" },
        { "migration/identifier-too-long", "CREATE TABLE t (" + new string('a', 63) + " text);" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Each_rule_flags_its_unsafe_statement_at_the_exact_position(string rule, string sql, int line, int column)
    {
        // When the unsafe migration is linted
        var findings = Lint.Run(sql);

        // Then the rule fires exactly there, with help and a safe alternative
        Assert.Contains((line, column), Lint.Positions(findings, rule));
        var finding = findings.First(f => f.RuleId == rule);
        Assert.Contains("Safe alternative:", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"https://squawkhq.com/docs/{MigrationRules.SquawkName(rule)}", finding.HelpUri);
    }

    [Theory]
    [MemberData(nameof(Safe))]
    public void Each_rule_stays_quiet_on_the_safe_form(string rule, string sql)
    {
        var findings = Lint.Run(sql);

        Assert.Empty(Lint.Positions(findings, rule));
    }

    [Fact]
    public void Every_rule_in_the_catalogue_has_an_unsafe_case()
    {
        var covered = Unsafe().Select(row => (string)row[0]).Append("migration/ban-uncommitted-transaction").Append("migration/prefer-robust-stmts").ToHashSet();

        Assert.All(MigrationRules.All.Where(r => r.IsLint), rule => Assert.Contains(rule.Id, covered));
    }

    [Fact]
    public void An_uncommitted_begin_is_flagged_at_the_begin()
    {
        var findings = Lint.Run("CREATE TABLE t (id bigint);\nBEGIN;\nCREATE TABLE u (id bigint);", TransactionMode.None);

        Assert.Equal([(2, 1)], Lint.Positions(findings, "migration/ban-uncommitted-transaction"));
    }

    [Fact]
    public void Concurrent_index_alone_in_a_golang_migrate_file_is_fine_but_not_with_company()
    {
        var alone = Lint.Run("CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON users (email);", TransactionMode.MultiStatementQuery);
        var withOthers = Lint.Run("SET lock_timeout = '1s';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS i ON users (email);", TransactionMode.MultiStatementQuery);

        Assert.Empty(Lint.Positions(alone, "migration/ban-concurrent-index-creation-in-transaction"));
        Assert.Equal([(2, 1)], Lint.Positions(withOthers, "migration/ban-concurrent-index-creation-in-transaction"));
    }

    [Fact]
    public void Non_transactional_files_should_use_robust_statements()
    {
        var findings = Lint.Run("CREATE TABLE t (id bigint);\nCREATE TABLE IF NOT EXISTS u (id bigint);", TransactionMode.None);

        Assert.Equal([(1, 1)], Lint.Positions(findings, "migration/prefer-robust-stmts"));
    }

    [Fact]
    public void Tables_created_by_an_earlier_new_migration_count_as_new()
    {
        var findings = Lint.Run("CREATE INDEX t_a ON t (a);", TransactionMode.PerFile, "public.t");

        Assert.Empty(Lint.Positions(findings, "migration/require-concurrent-index-creation"));
    }
}
