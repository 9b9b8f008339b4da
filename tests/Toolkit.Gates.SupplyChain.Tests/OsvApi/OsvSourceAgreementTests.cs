using Toolkit.Gates.SupplyChain.Tests.Fakes;
using static Toolkit.Gates.SupplyChain.Tests.Fakes.OsvApiScenario;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvSourceAgreementTests
{
    /// <summary>Records that exercise every rule of range evaluation, and some the gate must ignore.</summary>
    private static readonly string[] Tricky =
    [
        Record("GHSA-last-affected-01", "NuGet", "acme.json", """{"type": "ECOSYSTEM", "events": [{"introduced": "1.0.0"}, {"last_affected": "2.0.0"}]}""", """, "versions": []"""),
        Record("GHSA-limit-excludes-01", "NuGet", "Acme.Json", """{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"limit": "1.5.0"}]}"""),
        Record("GHSA-listed-version-1", "NuGet", "Serilog", """{"type": "ECOSYSTEM", "events": []}""", """, "versions": ["3.1.1"]"""),
        Record("GHSA-semver-lodash-01", "npm", "lodash", """{"type": "SEMVER", "events": [{"introduced": "4.17.0"}, {"fixed": "4.17.22"}]}"""),
        Record("GHSA-future-lodash-01", "npm", "lodash", """{"type": "SEMVER", "events": [{"introduced": "5.0.0"}]}"""),
        Record("GHSA-wrong-ecosys-01", "npm", "Serilog", """{"type": "SEMVER", "events": [{"introduced": "0"}]}"""),
        Record("GHSA-withdrawn-0001", "NuGet", "Acme.Json", """{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}""", withdrawn: true),
    ];

    [Fact]
    public async Task The_same_advisories_offline_and_through_the_api_give_identical_findings()
    {
        // Given the same advisory set as an offline database and behind the (fuzzy) API
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Publish(Tricky);
        for (var i = 0; i < Tricky.Length; i++)
        {
            scenario.Repository.Repo.Write($"osv/tricky-{i}.json", Tricky[i]);
        }

        // When the gate runs once on each source
        scenario.Repository.Config(string.Empty);
        var (offline, _) = await scenario.RunAsync();
        scenario.UseApi(scenario.Server.Url);
        var (online, _) = await scenario.RunAsync();

        // Then the findings, budgets and counts agree, and the cases that must (not) match did (not)
        Assert.Equal(Describe(offline), Describe(online));
        Assert.Equal(offline.Thresholds, online.Thresholds);
        Assert.Equal(offline.Verdict, online.Verdict);
        var rules = online.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["GHSA-last-affected-01", "GHSA-listed-version-1", "GHSA-semver-lodash-01", SupplyChainSampleRepository.CriticalAdvisory]), rules);
        Assert.DoesNotContain("GHSA-limit-excludes-01", rules);
        Assert.DoesNotContain("GHSA-future-lodash-01", rules);
        Assert.DoesNotContain("GHSA-wrong-ecosys-01", rules);
        Assert.DoesNotContain("GHSA-withdrawn-0001", rules);
        Assert.Contains("fixed in 4.17.22", online.Findings.Single(f => f.RuleId == "GHSA-semver-lodash-01").Message, StringComparison.Ordinal);
    }

    private static string Record(string id, string ecosystem, string name, string range, string extra = "", bool withdrawn = false) => $$"""
        {
          "id": "{{id}}",
          "modified": "2026-01-01T00:00:00Z",{{(withdrawn ? "\n  \"withdrawn\": \"2026-01-02T00:00:00Z\"," : string.Empty)}}
          "summary": "Test advisory {{id}}",
          "database_specific": {"severity": "HIGH"},
          "affected": [{
            "package": {"ecosystem": "{{ecosystem}}", "name": "{{name}}"},
            "ranges": [{{range}}]{{extra}}
          }]
        }
        """;
}
