using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using static Toolkit.Gates.SupplyChain.Tests.Fakes.OsvApiScenario;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvApiCacheGateTests
{
    [Fact]
    public async Task The_second_run_within_the_ttl_is_served_from_the_cache_without_a_single_request()
    {
        // Given a first run that asked the API
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        var (first, _) = await scenario.RunAsync();
        scenario.Server.ClearRequests();

        // When the gate runs again an hour later
        var (second, _) = await scenario.RunAsync(TimeSpan.FromHours(1));

        // Then nothing went to the network and the findings are the same
        Assert.Empty(scenario.Server.Requests);
        Assert.Equal(Describe(first), Describe(second));
        Assert.Equal(3, Metric(second, "osv.cache_hits"));
        Assert.Equal(2, Metric(second, "osv.record_cache_hits"));
        Assert.Equal(0, Metric(second, "osv.api_requests"));
    }

    [Fact]
    public async Task An_answer_older_than_the_ttl_is_asked_again_but_unchanged_records_are_not_fetched_again()
    {
        // Given a first run and a 24h TTL
        await using var scenario = await StartAsync("ttl: 24h");
        scenario.Repository.AddVulnerablePackage();
        await scenario.RunAsync();
        scenario.Server.ClearRequests();

        // When the gate runs 25 hours later
        var (verdict, _) = await scenario.RunAsync(TimeSpan.FromHours(25));

        // Then querybatch is asked again, but no record is fetched: their modified times did not change
        Assert.Equal(1, scenario.Server.BatchRequests);
        Assert.Equal(0, scenario.Server.RecordRequests);
        Assert.Equal(3, Metric(verdict, "osv.api_queries"));
        Assert.Equal(2, Metric(verdict, "osv.record_cache_hits"));
    }

    [Fact]
    public async Task A_newer_modified_time_refetches_only_that_record()
    {
        // Given a first run, then the advisory on Acme.Json amended (fixed version corrected, newer modified)
        await using var scenario = await StartAsync("ttl: 1h");
        scenario.Repository.AddVulnerablePackage();
        await scenario.RunAsync();
        scenario.Server.Publish(Samples.Osv(SupplyChainSampleRepository.CriticalAdvisory, "NuGet", "Acme.Json", "0", "2.0.2", Samples.Critical, [SupplyChainSampleRepository.CriticalCve], modified: "2026-02-01T00:00:00Z"));
        scenario.Server.ClearRequests();

        // When the gate runs after the TTL
        var (verdict, _) = await scenario.RunAsync(TimeSpan.FromHours(2));

        // Then only the amended record was fetched, and the finding uses it
        Assert.Equal(["/v1/vulns/" + SupplyChainSampleRepository.CriticalAdvisory], scenario.Server.Requests.Where(r => r.Method == "GET").Select(r => r.Path));
        Assert.Contains("fixed in 2.0.2", verdict.Findings.Single(f => f.RuleId == SupplyChainSampleRepository.CriticalAdvisory).Message, StringComparison.Ordinal);
        Assert.Equal(1, Metric(verdict, "osv.records_fetched"));
    }

    [Fact]
    public async Task Offline_mode_reads_a_filled_cache_and_never_the_network()
    {
        // Given a cache filled a month ago
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        var (online, _) = await scenario.RunAsync();
        scenario.Server.ClearRequests();

        // When the gate runs with --osv-offline
        var (offline, _) = await scenario.RunAsync(TimeSpan.FromDays(30), new SupplyChainOverrides { OsvOffline = true });

        // Then the stale answers are used, counted, and nothing went to the network
        Assert.Empty(scenario.Server.Requests);
        Assert.Equal(Describe(online), Describe(offline));
        Assert.Equal(3, Metric(offline, "osv.cache_stale"));
        Assert.Contains("OSV API cache only (offline)", scenario.Repository.Evidence("supply-chain-report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_mode_without_a_cache_fails_closed_and_says_how_to_fill_it()
    {
        // Given osv_api.offline and an empty cache
        await using var scenario = await StartAsync("offline: true");
        scenario.Repository.AddVulnerablePackage();

        // When the gate runs
        var (verdict, _) = await scenario.RunAsync();

        // Then it is an error naming the cache and the fix, and the network was not touched
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        var message = Error(verdict);
        Assert.Contains($"'osv_api.offline' is set but the OSV cache '{scenario.CacheDirectory}' has no answer for 3 package version(s)", message, StringComparison.Ordinal);
        Assert.Contains("run the gate once with network access", message, StringComparison.Ordinal);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task Offline_mode_with_answers_but_without_their_records_fails_closed()
    {
        // Given cached answers whose records were deleted
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        await scenario.RunAsync();
        Directory.Delete(Path.Combine(scenario.CacheDirectory, "v1", "vulns"), recursive: true);
        scenario.Server.ClearRequests();

        // When the gate runs offline
        var (verdict, _) = await scenario.RunAsync(overrides: new SupplyChainOverrides { OsvOffline = true });

        // Then it is an error naming a missing record, not a pass without those advisories
        Assert.Equal(VerdictStatus.Error, verdict.Verdict);
        Assert.Contains("has no record of 2 advisory(ies) (first: GHSA-", Error(verdict), StringComparison.Ordinal);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task Corrupt_cache_entries_are_ignored_and_fetched_again()
    {
        // Given a filled cache whose every file was then damaged
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        var (first, _) = await scenario.RunAsync();
        var files = Directory.GetFiles(scenario.CacheDirectory, "*", SearchOption.AllDirectories);
        Assert.Equal(5, files.Length);
        foreach (var file in files)
        {
            File.WriteAllText(file, "{\"id\": \"truncat");
        }

        scenario.Server.ClearRequests();

        // When the gate runs again within the TTL
        var (second, _) = await scenario.RunAsync(TimeSpan.FromMinutes(5));

        // Then everything was asked again, the findings are the same, and the cache is whole again (no temp files)
        Assert.Equal(1, scenario.Server.BatchRequests);
        Assert.Equal(2, scenario.Server.RecordRequests);
        Assert.Equal(Describe(first), Describe(second));
        var rewritten = Directory.GetFiles(scenario.CacheDirectory, "*", SearchOption.AllDirectories);
        Assert.Equal(5, rewritten.Length);
        Assert.DoesNotContain(rewritten, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
