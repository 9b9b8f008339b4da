namespace Toolkit.Gates.Migrations.Tests.Linting;

public sealed class SquawkParityTests
{
    private static List<string> Rules(string sql) => Lint.Run(sql).Select(f => f.RuleId).ToList();

    [Theory]
    [InlineData("CREATE INDEX i ON users (email);")]
    [InlineData("CREATE INDEX CONCURRENTLY i ON users (email);")]
    [InlineData("DROP INDEX users_email;")]
    [InlineData("REINDEX TABLE users;")]
    [InlineData("ALTER TYPE mood ADD VALUE 'meh' AFTER 'ok';")]
    public void A_lock_timeout_is_asked_before_index_and_type_work_on_existing_objects(string sql)
    {
        Assert.Contains("migration/require-timeout-settings", Rules(sql));
        Assert.DoesNotContain("migration/require-timeout-settings", Rules("SET lock_timeout = '2s';\n" + sql));
    }

    [Fact]
    public void A_table_created_as_a_query_is_not_empty_so_its_foreign_keys_validate_every_row()
    {
        var sql = "CREATE TABLE archive AS SELECT * FROM orders;\nALTER TABLE archive ADD CONSTRAINT archive_user FOREIGN KEY (user_id) REFERENCES users (id);";

        Assert.Contains("migration/adding-foreign-key-constraint", Rules(sql));
        Assert.DoesNotContain("migration/adding-foreign-key-constraint", Rules(sql.Replace("AS SELECT * FROM orders", "(user_id bigint)", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ALTER TABLE users DROP CONSTRAINT users_email_key;", "ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;")]
    [InlineData("DROP TYPE mood;", "DROP TYPE IF EXISTS mood;")]
    public void Drop_constraint_and_drop_type_need_if_exists_outside_a_transaction(string bare, string guarded)
    {
        Assert.Contains("migration/prefer-robust-stmts", Lint.Run(bare, Toolkit.Gates.Migrations.Discovery.TransactionMode.None).Select(f => f.RuleId));
        Assert.DoesNotContain("migration/prefer-robust-stmts", Lint.Run(guarded, Toolkit.Gates.Migrations.Discovery.TransactionMode.None).Select(f => f.RuleId));
        Assert.DoesNotContain("migration/prefer-robust-stmts", Rules(bare));
    }

    [Theory]
    [InlineData("REINDEX TABLE users;", true)]
    [InlineData("REINDEX INDEX users_email;", true)]
    [InlineData("REINDEX TABLE CONCURRENTLY users;", false)]
    [InlineData("REINDEX (VERBOSE, CONCURRENTLY) TABLE users;", false)]
    [InlineData("CREATE TABLE t (id bigint);\nREINDEX TABLE t;", false)]
    public void Reindex_needs_concurrently_on_existing_tables(string sql, bool flagged)
    {
        Assert.Equal(flagged, Rules(sql).Contains("migration/require-concurrent-reindex"));
    }

    [Theory]
    [InlineData("ALTER TYPE mood ADD VALUE 'meh';", true)]
    [InlineData("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok';", false)]
    [InlineData("ALTER TYPE mood RENAME VALUE 'a' TO 'b';", false)]
    public void An_added_enum_value_says_where_it_goes(string sql, bool flagged)
    {
        Assert.Equal(flagged, Rules(sql).Contains("migration/require-enum-value-ordering"));
    }

    [Fact]
    public void Identifiers_longer_than_63_bytes_are_flagged_once_each()
    {
        var name = new string('a', 64);
        var findings = Lint.Run($"CREATE TABLE {name} (id bigint, {new string('é', 32)} text, {new string('b', 63)} text);");

        Assert.Equal(2, findings.Count(f => f.RuleId == "migration/identifier-too-long"));
    }

    [Fact]
    public void Smallint_has_its_own_rule_like_squawk()
    {
        var rules = Rules("CREATE TABLE t (a smallint, b int, c bigint);");

        Assert.Equal(1, rules.Count(r => r == "migration/prefer-bigint-over-smallint"));
        Assert.Equal(1, rules.Count(r => r == "migration/prefer-bigint-over-int"));
    }

    [Fact]
    public void Constraints_on_a_table_created_in_the_same_file_stay_unflagged()
    {
        var sql = "CREATE TABLE t (id bigint, email text);\nCREATE INDEX t_email ON t (email);\nALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (id);\nALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE (email);";

        var rules = Rules(sql);

        Assert.DoesNotContain("migration/require-concurrent-index-creation", rules);
        Assert.DoesNotContain("migration/constraint-missing-not-valid", rules);
        Assert.DoesNotContain("migration/disallowed-unique-constraint", rules);
        Assert.DoesNotContain("migration/adding-serial-primary-key-field", rules);
    }
}
