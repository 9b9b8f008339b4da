using System.Text.RegularExpressions;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using Toolkit.Gates.Migrations.Discovery;
using Toolkit.Gates.Migrations.Linting;
using Toolkit.Gates.Migrations.Rules;

namespace Toolkit.Gates.Migrations.Tests.Rules;

public sealed class MigrationRulesTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "migrations.md"));

    [Fact]
    public void Every_id_is_the_prefix_and_a_bare_name_once()
    {
        Assert.All(MigrationRules.All, rule =>
        {
            Assert.StartsWith("migration/", rule.Id, StringComparison.Ordinal);
            Assert.Matches("^[a-z]+(-[a-z0-9]+)*$", rule.Name);
        });
        Assert.Equal(MigrationRules.All.Count, MigrationRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Lint_rules_link_squawks_page_and_the_gates_own_rules_their_anchor_in_the_docs()
    {
        Assert.All(MigrationRules.All.Where(r => r.IsLint), rule => Assert.Equal($"https://squawkhq.com/docs/{rule.Name}", rule.HelpUri));
        Assert.All(MigrationRules.All.Where(r => !r.IsLint), rule =>
        {
            Assert.Equal($"https://github.com/toolkit/toolkit/blob/main/docs/migrations.md#{rule.Name}", rule.HelpUri);
            Assert.Contains($"<a id=\"{rule.Name}\"></a>`{rule.Id}`", Docs, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_docs_list_every_rule_and_no_other()
    {
        var listed = Regex.Matches(Docs, @"`(migration/[a-z0-9-]+)`").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(MigrationRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lint_rule_is_found_by_its_id_and_by_its_bare_name_the_gates_own_rules_are_not()
    {
        Assert.Same(MigrationRules.BanDropColumn, MigrationRules.FindLint("migration/ban-drop-column"));
        Assert.Same(MigrationRules.BanDropColumn, MigrationRules.FindLint("ban-drop-column"));
        Assert.Null(MigrationRules.FindLint("dry-run-failed"));
        Assert.Null(MigrationRules.FindLint("migration/ban-drop-colum"));
        Assert.Equal("ban-drop-column", MigrationRules.SquawkName("migration/ban-drop-column"));
    }

    [Fact]
    public void A_finding_carries_id_title_help_and_its_bare_name_as_an_alias()
    {
        var finding = MigrationRules.DryRunFailed.Report("PostgreSQL rejects the migration.", new SourceLocation("db/001.sql", 1, 1));

        Assert.Equal(("migration/dry-run-failed", "Dry run failed", "https://github.com/toolkit/toolkit/blob/main/docs/migrations.md#dry-run-failed", Severity.Error), (finding.RuleId, finding.Title, finding.HelpUri, finding.Severity));
        Assert.Equal(["dry-run-failed"], finding.Aliases);
    }

    [Theory]
    [InlineData("ban-drop-column")]
    [InlineData("migration/ban-drop-column")]
    [InlineData("ban-drop-*")]
    public void A_waiver_written_for_the_old_id_or_the_new_one_still_waives(string rule)
    {
        var finding = Assert.Single(Linter.Lint(new MigrationScript("db/002.sql", "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy;", TransactionMode.PerFile), LintOptions.Default).Findings);
        var today = new DateOnly(2026, 12, 1);
        var waiver = new Waiver("migration-gate", rule, "db/**", "dropped after the code stopped reading it", "@db", today.AddDays(7), new SourceLocation(".github/gates.yml", 9, 7));

        var result = WaiverEngine.Apply([finding], [waiver], today);

        Assert.Equal("migration/ban-drop-column", Assert.Single(result.Waived).Finding.RuleId);
        Assert.Empty(result.Remaining);
    }
}
