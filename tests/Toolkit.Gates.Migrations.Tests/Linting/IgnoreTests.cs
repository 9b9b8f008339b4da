using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Tests.Linting;

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
        Assert.Equal([(4, 1)], Lint.Positions(findings, "migration/ban-drop-table"));
    }

    [Fact]
    public void Gate_ignore_file_suppresses_a_rule_everywhere_in_the_file()
    {
        var findings = Lint.Run("-- gate-ignore-file prefer-text-field, ban-char-field\nCREATE TABLE t (a varchar(3), b char(2));\nCREATE TABLE u (c varchar(9));");

        Assert.DoesNotContain(findings, f => f.RuleId is "migration/prefer-text-field" or "migration/ban-char-field");
        Assert.Empty(findings);
    }

    [Fact]
    public void An_ignore_that_suppresses_nothing_is_a_warning_at_the_comment()
    {
        var findings = Lint.Run("CREATE TABLE t (a text);\n  /* gate-ignore ban-drop-table */\nCREATE TABLE u (b text);");

        var unused = Assert.Single(findings);
        Assert.Equal(MigrationRules.UnusedIgnore.Id, unused.RuleId);
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
        Assert.Equal(MigrationRules.SqlSyntaxError.Id, error.RuleId);
        Assert.Equal((2, 23), (error.Location!.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("migration/ban-drop-table")]
    [InlineData("ban-drop-table")]
    public void Gate_ignore_takes_the_id_and_the_bare_name_written_before_the_prefix(string rule)
    {
        var findings = Lint.Run($"SET lock_timeout = '1s';\n-- gate-ignore {rule}\nDROP TABLE a;\nDROP TABLE b;");

        Assert.Equal([(4, 1)], Lint.Positions(findings, "migration/ban-drop-table"));
        Assert.DoesNotContain(findings, f => f.RuleId == MigrationRules.UnusedIgnore.Id);
    }

    [Fact]
    public void An_ignore_naming_no_rule_says_so_whichever_form_it_uses()
    {
        var findings = Lint.Run("CREATE TABLE t (a text);\n-- gate-ignore migration/ban-drop-tabel, ban-drop-table\nCREATE TABLE u (b text);");

        Assert.Equal(2, findings.Count(f => f.RuleId == MigrationRules.UnusedIgnore.Id));
        Assert.Contains(findings, f => f.Message.Contains("'gate-ignore migration/ban-drop-tabel' suppresses nothing (there is no rule with that name)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("'gate-ignore ban-drop-table' suppresses nothing (nothing here triggers it)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("migration/prefer-text-field")]
    [InlineData("prefer-text-field")]
    public void A_disabled_rule_is_off_by_its_id_or_its_bare_name(string rule)
    {
        var script = new MigrationScript(Lint.Path, "CREATE TABLE t (name varchar(40), at timestamp);", TransactionMode.PerFile);

        var findings = Linter.Lint(script, new LintOptions(new HashSet<string>(), new HashSet<string> { rule })).Findings;

        Assert.Equal(["migration/prefer-timestamptz"], findings.Select(f => f.RuleId));
    }
}
