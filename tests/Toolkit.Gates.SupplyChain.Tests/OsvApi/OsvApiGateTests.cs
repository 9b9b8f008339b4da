using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using static Toolkit.Gates.SupplyChain.Tests.Fakes.OsvApiScenario;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvApiGateTests
{
    [Fact]
    public async Task A_critical_advisory_served_by_the_api_fails_the_pr_as_offline()
    {
        // Given a head adding Acme.Json 2.0.0 and only the OSV API configured
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then it fails on the critical advisory, fixed in 2.0.1, found through the API
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
        var finding = verdict.Findings.Single(f => f.RuleId == SupplyChainSampleRepository.CriticalAdvisory);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("fixed in 2.0.1", finding.Message, StringComparison.Ordinal);
        Assert.Equal(1, Metric(verdict, "new_critical"));
        Assert.Equal(3, Metric(verdict, "osv.api_queries"));
        Assert.Equal(0, Metric(verdict, "osv.cache_hits"));
        Assert.Equal(2, Metric(verdict, "osv.records_fetched"));
        Assert.Equal(1, scenario.Server.BatchRequests);
        Assert.Contains($"Advisories from OSV API {scenario.Server.Url.AbsoluteUri.TrimEnd('/')}: 3 package versions", scenario.Repository.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_is_not_trusted_blindly_a_version_outside_the_ranges_is_not_affected()
    {
        // Given lodash 4.17.21, for which the (fuzzy) API returns an advisory fixed in 4.17.21
        await using var scenario = await StartAsync();

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then the record was fetched but its ranges, evaluated locally, do not cover the version
        Assert.Equal(VerdictStatus.Pass, verdict.Verdict);
        Assert.Equal(1, Metric(verdict, "osv.records_fetched"));
        Assert.DoesNotContain(verdict.Findings, f => f.RuleId == "GHSA-2222-3333-4444");
    }

    [Fact]
    public async Task Both_sources_together_add_up_and_the_report_names_each()
    {
        // Given the offline database and the API, the API alone knowing an advisory on Serilog 3.1.1
        await using var scenario = await StartAsync();
        scenario.Server.Publish(Samples.Osv("GHSA-api0-only-0001", "NuGet", "Serilog", "3.0.0", "3.1.2", Samples.Critical));
        scenario.Repository.Config(string.Empty, database: "osv_database: osv\n    " + ApiSection(scenario.Server.Url));

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then the advisory from the API is found, and the report lists both sources
        Assert.Contains(verdict.Findings, f => f.RuleId == "GHSA-api0-only-0001");
        Assert.Equal(1, Metric(verdict, "osv.offline_advisories"));
        var report = scenario.Repository.Evidence("supply-chain-report.md");
        Assert.Contains("Advisories from offline database 'osv': 1 of 2 advisories", report, StringComparison.Ordinal);
        Assert.Contains("Advisories from OSV API", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_are_fetched_with_bounded_concurrency()
    {
        // Given twenty advisories on Acme.Json (none covering 2.0.0) and concurrency 2
        await using var scenario = await StartAsync("concurrency: 2");
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Publish([.. Enumerable.Range(0, 20).Select(i => Samples.Osv($"GHSA-many-{i:0000}", "NuGet", "Acme.Json", "3.0.0", null))]);

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then every record was fetched, never more than two at a time, and only the real one matched
        Assert.Equal(22, scenario.Server.RecordRequests);
        Assert.InRange(scenario.Server.MaxConcurrentRecordRequests, 1, 2);
        Assert.DoesNotContain(verdict.Findings, f => f.RuleId.StartsWith("GHSA-many-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task More_than_1000_package_versions_are_asked_in_chunks_of_at_most_1000()
    {
        // Given 1500 more packages, the last one with a critical advisory
        await using var scenario = await StartAsync();
        var packages = Enumerable.Range(0, 1500).Select(i => ($"Bulk.Package{i:0000}", "1.0.0", "Direct", Array.Empty<string>())).ToArray();
        scenario.Repository.Repo.Write("src/Api/packages.lock.json", Samples.PackagesLock([("Serilog", "3.1.1", "Direct", []), .. packages]));
        scenario.Server.Publish(Samples.Osv("GHSA-bulk-last-0001", "NuGet", "Bulk.Package1499", "0", "1.0.1", Samples.Critical));

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then 1502 package versions went out in two requests within the API's limit, and the last one was found
        Assert.Equal([1000, 502], scenario.Server.BatchSizes);
        Assert.Equal(1502, Metric(verdict, "osv.api_queries"));
        Assert.Contains(verdict.Findings, f => f.RuleId == "GHSA-bulk-last-0001");
        Assert.Equal(VerdictStatus.Fail, verdict.Verdict);
    }

    [Fact]
    public async Task Each_querys_next_page_token_is_followed_to_the_last_page()
    {
        // Given three advisories on Acme.Json and a server that answers one id per page
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Server.Publish(
            Samples.Osv("GHSA-page-0002-0002", "NuGet", "Acme.Json", "1.0.0", "2.0.5", Samples.Moderate),
            Samples.Osv("GHSA-page-0003-0003", "NuGet", "Acme.Json", "1.0.0", "2.0.6", Samples.Moderate));
        scenario.Server.PageSize = 1;

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then all three are found; the later requests asked only for Acme.Json's next pages
        Assert.Contains(verdict.Findings, f => f.RuleId == SupplyChainSampleRepository.CriticalAdvisory);
        Assert.Contains(verdict.Findings, f => f.RuleId == "GHSA-page-0002-0002");
        Assert.Contains(verdict.Findings, f => f.RuleId == "GHSA-page-0003-0003");
        Assert.Equal([3, 1, 1], scenario.Server.BatchSizes);
        var pages = scenario.Server.Requests.Where(r => r.Path == "/v1/querybatch").Skip(1).Select(r => r.Body!).ToList();
        Assert.All(pages, body => Assert.Contains("\"page_token\"", body, StringComparison.Ordinal));
    }
}
