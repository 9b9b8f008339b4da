using Toolkit.Gates.Performance.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Performance.Tests.Rules;

public sealed class PerformanceRulesTests
{
    [Fact]
    public void Every_rule_has_its_anchor_in_docs_performance_md()
    {
        var docs = File.ReadAllText(RepositoryPaths.InRepo("docs", "performance.md"));

        Assert.All(PerformanceRules.All, rule =>
        {
            var anchor = rule.HelpUri[(rule.HelpUri.IndexOf('#', StringComparison.Ordinal) + 1)..];
            Assert.Contains($"<a id=\"{anchor}\"></a>`{rule.Id}`", docs, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_rules_are_the_four_ids_users_already_write()
    {
        Assert.Equal(["perf/threshold", "perf/regression", "perf/headroom", "perf/baseline"], PerformanceRules.All.Select(r => r.Id));
    }
}
