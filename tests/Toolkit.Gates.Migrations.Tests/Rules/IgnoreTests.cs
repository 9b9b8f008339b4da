using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Tests.Rules;

public sealed class IgnoreTests
{
    [Fact]
    public void Gate_ignore_suppresses_the_named_rules_for_the_next_statement_only()
    {
        // Given two drops, the first one ignored
        var sql = "SET lock_timeout = '1s';\n-- gate-ignore ban-drop-table\nDROP TABLE a;\nDROP TABLE b;";

        // When linted
        var findings = Lint.Run(sql);

        // Then only the second drop is reported
        Assert.Equal([(4, 1)], Lint.Positions(findings, "ban-drop-table"));
    }

    [Fact]
    public void Gate_ignore_file_suppresses_a_rule_everywhere_in_the_file()
    {
        var findings = Lint.Run("-- gate-ignore-file prefer-text-field, ban-char-field\nCREATE TABLE t (a varchar(3), b char(2));\nCREATE TABLE u (c varchar(9));");

        Assert.DoesNotContain(findings, f => f.RuleId is "prefer-text-field" or "ban-char-field");
        Assert.Empty(findings);
    }

    [Fact]
    public void An_ignore_that_suppresses_nothing_is_a_warning_at_the_comment()
    {
        var findings = Lint.Run("CREATE TABLE t (a text);\n  /* gate-ignore ban-drop-table */\nCREATE TABLE u (b text);");

        var unused = Assert.Single(findings);
        Assert.Equal(Linter.UnusedIgnoreRule, unused.RuleId);
        Assert.Equal(Core.Verdicts.Severity.Warning, unused.Severity);
        Assert.Equal((2, 3), (unused.Location!.Line, unused.Location.Column));
    }

    [Fact]
    public void Ignores_work_in_a_dbmate_up_section()
    {
        // Given the up section of a dbmate file (the down section blanked, as the finder does)
        var sql = "-- migrate:up\n-- gate-ignore ban-drop-column,require-timeout-settings\nALTER TABLE users DROP COLUMN legacy;\n\n";

        var findings = Linter.Lint(new MigrationScript("db/20240101_x.sql", sql, TransactionMode.PerFile), LintOptions.Default).Findings;

        Assert.Empty(findings);
    }

    [Fact]
    public void Broken_sql_is_one_error_finding_with_its_position_not_a_crash()
    {
        var findings = Lint.Run("CREATE TABLE t (a text);\nINSERT INTO t VALUES ('oops);\n");

        var error = Assert.Single(findings);
        Assert.Equal(Linter.SyntaxRule, error.RuleId);
        Assert.Equal((2, 23), (error.Location!.Line, error.Location.Column));
    }
}
