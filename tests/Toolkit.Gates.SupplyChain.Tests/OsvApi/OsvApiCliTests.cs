using System.Text.Json;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using static Toolkit.Gates.SupplyChain.Tests.Fakes.OsvApiScenario;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvApiCliTests
{
    [Fact]
    public async Task Osv_api_url_on_the_command_line_turns_the_api_on()
    {
        // Given gates.yml without any vulnerability source
        await using var scenario = await StartAsync();
        scenario.Repository.AddVulnerablePackage();
        scenario.Repository.Config(string.Empty, database: "include_dev: true");

        // When the CLI runs with --osv-api-url
        var exit = await scenario.Repository.RunAsync("supply-chain", "--base", "HEAD", "--osv-api-url", scenario.Server.Url.AbsoluteUri);

        // Then the API was asked, the advisory fails the gate, and the verdict records the source
        Assert.Equal(1, exit);
        Assert.Equal(1, scenario.Server.BatchRequests);
        using var verdict = JsonDocument.Parse(scenario.Repository.Verdict());
        Assert.Equal("fail", verdict.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(3, verdict.RootElement.GetProperty("metrics").GetProperty("osv.api_queries").GetInt32());
        Assert.True(Directory.Exists(scenario.CacheDirectory));
    }

    [Fact]
    public async Task Osv_offline_without_a_cache_is_an_error_and_touches_no_network()
    {
        // Given the API configured and an empty cache
        await using var scenario = await StartAsync();

        // When the CLI runs with --osv-offline
        var exit = await scenario.Repository.RunAsync("supply-chain", "--base", "HEAD", "--osv-offline");

        // Then it cannot evaluate and says how to fill the cache
        Assert.Equal(1, exit);
        var verdict = scenario.Repository.Verdict();
        Assert.Contains("\"verdict\": \"error\"", verdict, StringComparison.Ordinal);
        Assert.Contains("run the gate once with network access", verdict, StringComparison.Ordinal);
        Assert.Empty(scenario.Server.Requests);
    }

    [Fact]
    public async Task A_relative_osv_api_url_is_a_usage_error()
    {
        // Given the sample repository
        await using var scenario = await StartAsync();

        // When the CLI runs with a URL that is not absolute
        var exit = await scenario.Repository.RunAsync("supply-chain", "--osv-api-url", "osv.local/api");

        // Then it is a usage error naming the option
        Assert.Equal(2, exit);
        Assert.Contains("--osv-api-url must be an absolute http(s) URL", scenario.Repository.Error, StringComparison.Ordinal);
    }
}
