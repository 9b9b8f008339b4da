using Toolkit.Gates.Migrations.Sql;

namespace Toolkit.Gates.Migrations.Tests.Sql;

public sealed class PsqlSplitTests
{
    private static List<string> Statements(string sql)
    {
        var result = StatementSplitter.Split(sql);
        Assert.Null(result.Error);
        return result.Statements.Select(s => s.Text).ToList();
    }

    [Theory]
    [InlineData("\\set ON_ERROR_STOP on")]
    [InlineData("\\unset ON_ERROR_STOP")]
    [InlineData("\\connect app")]
    [InlineData("\\c app postgres")]
    [InlineData("\\echo 'starting; the migration'")]
    [InlineData("\\timing on")]
    [InlineData("\\pset format unaligned")]
    [InlineData("\\encoding UTF8")]
    [InlineData("\\i other.sql")]
    [InlineData("\\ir ../common/functions.sql")]
    [InlineData("\\include other.sql")]
    [InlineData("\\if :is_prod")]
    [InlineData("\\! echo shell; with \\\\ backslashes")]
    [InlineData("\\setenv PGTZ UTC")]
    public void A_meta_command_runs_to_the_end_of_its_line_and_never_swallows_the_next_statement(string meta)
    {
        // Given a psql meta-command on the line before a statement
        var sql = $"{meta}\nCREATE TABLE t (id bigint);\nDROP TABLE u;\n";

        // When it is split, then both statements are there and the meta-command is in neither
        Assert.Equal(["CREATE TABLE t (id bigint)", "DROP TABLE u"], Statements(sql));
    }

    [Fact]
    public void Conditionals_are_skipped_and_both_branches_are_linted()
    {
        var sql = "\\if :prod\nCREATE INDEX CONCURRENTLY i ON t (a);\n\\elif :staging\nCREATE INDEX i ON t (a);\n\\else\n\\echo skip\n\\endif\nSELECT 1;";

        Assert.Equal(["CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX i ON t (a)", "SELECT 1"], Statements(sql));
    }

    [Fact]
    public void Backslash_g_and_its_kin_end_the_statement_like_a_semicolon()
    {
        var sql = "SELECT 1 \\g\nSELECT id FROM t \\gset\nSELECT format('SELECT %s', 2) \\gexec\nSELECT 3;";

        Assert.Equal(["SELECT 1", "SELECT id FROM t", "SELECT format('SELECT %s', 2)", "SELECT 3"], Statements(sql));
    }

    [Fact]
    public void Two_backslashes_end_the_arguments_and_return_to_SQL()
    {
        Assert.Equal(["SELECT 1"], Statements("\\set a 1 \\\\ SELECT 1;"));
        Assert.Equal(["SELECT 2"], Statements("\\set a 1 \\echo x\nSELECT 2;"));
    }

    [Fact]
    public void Copy_from_stdin_data_with_quotes_runs_to_the_terminator()
    {
        // Given COPY data with quotes, semicolons and backslashes, then a statement after \.
        var sql = "COPY t (a, b) FROM stdin;\nit's\t\"quoted; text\"\n\\N\tback\\\\slash\n\\.\nCREATE INDEX i ON t (a);\n\\copy t FROM stdin\nO'Brien\n\\.\nSELECT 2;";

        // Then the data is not SQL and the statements around it are found
        Assert.Equal(["COPY t (a, b) FROM stdin", "CREATE INDEX i ON t (a)", "SELECT 2"], Statements(sql));
    }

    [Fact]
    public void A_NUL_byte_is_a_syntax_error_and_never_hides_the_SQL_after_it()
    {
        var result = StatementSplitter.Split("SELECT 1;\n\0DROP TABLE users;\n");

        Assert.NotNull(result.Error);
        Assert.Equal((2, 1), (result.Error.Line, result.Error.Column));
        Assert.Contains("NUL byte", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ALTER TABLE a DROP CONSTRAINT a_pkey\nALTER TABLE a ALTER COLUMN d TYPE timestamp;", 2, "ALTER TABLE")]
    [InlineData("CREATE TABLE a (id bigint)\nCREATE INDEX i ON a (id);", 2, "CREATE INDEX")]
    [InlineData("SET lock_timeout = '2s'\nALTER TABLE a ADD COLUMN b text;", 2, "ALTER TABLE")]
    [InlineData("DROP INDEX i\nDROP TABLE a;", 2, "DROP TABLE")]
    [InlineData("CREATE TABLE a (id bigint)\nINSERT INTO a VALUES (1);", 2, "INSERT INTO")]
    [InlineData("UPDATE a SET b = 1\nDELETE FROM a WHERE b = 2;", 2, "DELETE FROM")]
    [InlineData("ALTER TABLE a ADD COLUMN b text\nCOMMENT ON COLUMN a.b IS 'x';", 2, "COMMENT ON")]
    [InlineData("CREATE INDEX i ON a (b)\nREINDEX INDEX i;", 2, "REINDEX INDEX")]
    public void A_missing_semicolon_between_two_statements_is_a_syntax_error(string sql, int line, string keywords)
    {
        var result = StatementSplitter.Split(sql);

        Assert.NotNull(result.Error);
        Assert.Equal((line, 1), (result.Error.Line, result.Error.Column));
        Assert.Contains($"({keywords})", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ALTER TABLE a\n  DROP COLUMN b,\n  ALTER COLUMN c TYPE text,\n  ADD COLUMN d text;")]
    [InlineData("ALTER TABLE a ADD CONSTRAINT f FOREIGN KEY (c) REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE;")]
    [InlineData("INSERT INTO a SELECT * FROM comment\nON CONFLICT (id) DO UPDATE SET b = excluded.b;")]
    [InlineData("CREATE RULE r AS ON INSERT TO a DO INSTEAD\nINSERT INTO b VALUES (new.id);")]
    [InlineData("WITH moved AS (DELETE FROM a RETURNING *)\nINSERT INTO b SELECT * FROM moved;")]
    [InlineData("CREATE SCHEMA s\n  CREATE TABLE t (id bigint)\n  CREATE VIEW v AS SELECT id FROM t\n  GRANT SELECT ON t TO public;")]
    [InlineData("ALTER DEFAULT PRIVILEGES IN SCHEMA s\nGRANT SELECT ON TABLES TO reader;")]
    [InlineData("ALTER EXTENSION e DROP TABLE t;")]
    [InlineData("CREATE TEMP TABLE t (id bigint) ON COMMIT DROP;")]
    [InlineData("GRANT SELECT, INSERT, UPDATE, DELETE ON a TO app WITH GRANT OPTION;")]
    [InlineData("GRANT CREATE ON SCHEMA s TO app;")]
    [InlineData("CREATE TRIGGER t AFTER INSERT OR UPDATE OR DELETE ON a\nFOR EACH ROW EXECUTE FUNCTION f();")]
    [InlineData("ALTER TABLE a ADD COLUMN b bigint REFERENCES c ON UPDATE SET NULL;")]
    [InlineData("CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC\n INSERT INTO a VALUES (1);\n DELETE FROM a WHERE false;\nEND;")]
    public void Statements_that_legitimately_contain_statement_keywords_are_not_split_errors(string sql)
    {
        Assert.Null(StatementSplitter.Split(sql).Error);
    }
}
