using Toolkit.Gates.Policy.Tests.Samples;

namespace Toolkit.Gates.Policy.Tests.Alerts;

public sealed class ScrapeIntervalConfigurationTests
{
    [Fact]
    public async Task The_scrape_interval_of_gates_yml_sets_the_shortest_rate_range()
    {
        // Given a rule with rate(x[1m]) and a section that declares a 30s scrape interval
        using var repo = new PolicySampleRepository.Empty();
        repo.Write("rules.yml", "groups:\n  - name: g\n    rules:\n      - record: r\n        expr: rate(x[1m])\n");
        var withDefault = await PolicyRun.GateAsync(repo.Root);
        repo.Write(".github/gates.yml", "version: 1\ngates:\n  policy-ci:\n    packs: [alerts]\n    scrape_interval: 30s\n");

        // When the gate runs with it
        var configured = await PolicyRun.GateAsync(repo.Root);

        // Then [1m] is two scrapes and passes; at the default 1m it is flagged
        Assert.Contains(withDefault.Findings, f => f.RuleId == "policy/alerts/rate-range");
        Assert.DoesNotContain(configured.Findings, f => f.RuleId == "policy/alerts/rate-range");
    }
}
