using System.Text.RegularExpressions;
using Toolkit.Gates.Slo.Rules;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Rules;

/// <summary>Every slo-gates rule is listed once, explained in docs/slo-formats.md, and named nowhere else in the gate.</summary>
public sealed partial class SloRulesTests
{
    [Fact]
    public void Every_rule_links_an_anchor_of_the_slo_documentation()
    {
        var docs = File.ReadAllText(RepositoryPaths.InRepo("docs", "slo-formats.md"));
        var anchors = Anchor().Matches(docs).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);

        Assert.All(SloRules.All, rule =>
        {
            Assert.StartsWith("https://github.com/toolkit/toolkit/blob/main/docs/slo-formats.md#", rule.HelpUri, StringComparison.Ordinal);
            Assert.Contains(rule.HelpUri.Split('#')[1], anchors);
            Assert.Contains($"`{rule.Id}`", docs, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_rule_ids_are_the_ones_users_already_write()
    {
        string[] ids = ["slo/burn-rate-page", "slo/burn-rate-ticket", "slo/canary", "slo/no-data", "slo/probe-failures", "slo/probe-truncated", "slo/summary", "slo/threshold", "slo/unmeasured-threshold"];

        Assert.Equal(ids, SloRules.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_source_file_but_the_rule_list_spells_a_rule_id()
    {
        var folder = RepositoryPaths.InRepo("src", "Toolkit.Gates.Slo");
        var spelled = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "SloRules.cs")
            .Where(f => SloRules.All.Any(r => File.ReadAllText(f).Contains($"\"{r.Id}\"", StringComparison.Ordinal)))
            .Select(Path.GetFileName);

        Assert.Empty(spelled);
    }

    [GeneratedRegex("<a id=\"(?<id>[a-z0-9-]+)\"></a>", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();
}
