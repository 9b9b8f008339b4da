using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

namespace Toolkit.Gates.SupplyChain.Tests.OsvApi;

public sealed class OsvApiOptionsTests
{
    private static (SupplyChainOptions Options, IReadOnlyList<ConfigDiagnostic> Problems) Read(string section, SupplyChainOverrides? overrides = null)
    {
        var config = new GatesConfigLoader(GateIds.All).LoadText(".github/gates.yml", "version: 1\ngates:\n  supply-chain:\n" + section);
        Assert.True(config.IsValid, string.Join("\n", config.Diagnostics));
        return SupplyChainOptionsBinder.Bind(config.Value!.SectionFor(GateIds.SupplyChain), overrides);
    }

    [Fact]
    public void Without_osv_api_the_gate_never_uses_the_network()
    {
        var (options, problems) = Read("    osv_database: osv\n");

        Assert.Empty(problems);
        Assert.Null(options.OsvApi);
    }

    [Fact]
    public void Every_key_binds()
    {
        // Given every osv_api key
        const string section = """
                osv_api:
                  enabled: true
                  url: https://osv.mirror.example/api
                  cache: build/osv-cache
                  ttl: 6h
                  offline: true
                  budget: 90s
                  concurrency: 4
            """;

        // When the section is read
        var (options, problems) = Read(section + "\n");

        // Then each one is bound
        Assert.Empty(problems);
        var api = options.OsvApi!;
        Assert.Equal(("https://osv.mirror.example/api", "build/osv-cache", TimeSpan.FromHours(6), true, TimeSpan.FromSeconds(90), 4), (api.Url.AbsoluteUri, api.CacheDirectory, api.Ttl, api.Offline, api.Budget, api.Concurrency));
    }

    [Fact]
    public void True_means_the_defaults()
    {
        var (options, problems) = Read("    osv_api: true\n");

        Assert.Empty(problems);
        Assert.Equal(new OsvApiOptions(), options.OsvApi);
    }

    [Theory]
    [InlineData("      ttl: soon\n", ".github/gates.yml:5:12: 'ttl' must be a duration such as 5m, 1h or 30d, not 'soon'.")]
    [InlineData("      url: api.osv.dev\n", ".github/gates.yml:5:12: 'url' must be an absolute http(s) URL such as https://api.osv.dev, not 'api.osv.dev'.")]
    [InlineData("      tll: 1h\n", ".github/gates.yml:5:7: unknown key 'tll'. Did you mean 'ttl'?")]
    [InlineData("      concurrency: 0\n", ".github/gates.yml:5:20: 'concurrency' must be between 1 and 64, not 0.")]
    public void A_bad_value_is_reported_where_it_is(string line, string expected)
    {
        var (_, problems) = Read("    osv_api:\n" + line);

        Assert.Equal(expected, Assert.Single(problems).ToString());
    }

    [Fact]
    public void The_command_line_turns_the_api_on_and_keeps_the_files_other_settings()
    {
        // Given osv_api disabled in gates.yml with a cache folder
        const string section = "    osv_api:\n      enabled: false\n      cache: build/osv\n";
        var (options, _) = Read(section);

        // When --osv-offline is given
        var (applied, _) = Read(section, new SupplyChainOverrides { OsvOffline = true });

        // Then the API is on, offline, with the file's cache
        Assert.Equal((true, true, "build/osv"), (applied.OsvApi!.Enabled, applied.OsvApi.Offline, applied.OsvApi.CacheDirectory));
        Assert.False(options.OsvApi!.Enabled);
    }
}
