using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests;

/// <summary>The binder reads gates.yml and applies the command line's values itself, in one call.</summary>
public sealed class SupplyChainOptionsBinderTests
{
    private static (SupplyChainOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(string section, SupplyChainOverrides? overrides = null)
    {
        var config = new GatesConfigLoader(GateIds.All).LoadText(".github/gates.yml", "version: 1\ngates:\n  supply-chain:\n" + section);
        Assert.True(config.IsValid, string.Join("\n", config.Diagnostics));
        return SupplyChainOptionsBinder.Bind(config.Value!.SectionFor(GateIds.SupplyChain), overrides);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, null, false)]
    [InlineData(true, "osv", false)]
    public void Inside_github_actions_the_osv_api_is_the_default_vulnerability_source(bool actions, string? database, bool api)
    {
        // Given a gates.yml that names no API (and maybe an offline database)
        var section = database is null ? "    include_dev: true\n" : $"    osv_database: {database}\n";

        // When the run's overrides apply, inside or outside Actions
        var (options, diagnostics) = Bind(section, new SupplyChainOverrides { InGitHubActions = actions });

        // Then the API is on by default only inside Actions and only when no offline database is named
        Assert.Empty(diagnostics);
        Assert.Equal(api, options.OsvApi is { Enabled: true });
    }

    [Fact]
    public void Osv_api_false_in_gates_yml_turns_the_default_off_inside_actions()
    {
        var (options, _) = Bind("    osv_api:\n      enabled: false\n", new SupplyChainOverrides { InGitHubActions = true });

        Assert.False(options.OsvApi!.Enabled);
    }

    [Fact]
    public void Without_a_section_the_defaults_and_the_command_line_apply()
    {
        // Given no supply-chain section, and a base and formats on the command line
        var overrides = new SupplyChainOverrides { BaseRef = "origin/main", SbomFormats = ["spdx"] };

        // When bound
        var (options, diagnostics) = SupplyChainOptionsBinder.Bind(null, overrides);

        // Then the command line's values win over the defaults, which the options record states
        Assert.Empty(diagnostics);
        Assert.Equal("origin/main", options.BaseRef);
        Assert.Equal(["spdx"], options.SbomFormats);
        Assert.Equal((0, 0), (options.MaxNew[VulnerabilitySeverity.Critical], options.MaxNew[VulnerabilitySeverity.High]));
        Assert.Equal((true, UnknownLicenseMode.Warn), (options.IncludeDev, options.UnknownLicenses));
        Assert.Null(options.OsvApi);
    }

    [Fact]
    public void An_empty_list_on_the_command_line_keeps_the_files_list()
    {
        var (options, _) = Bind("    artifacts: ['dist/*.tgz']\n    trusted_keys: [keys/release.pub]\n", new SupplyChainOverrides { Artifacts = [], TrustedKeys = [] });

        Assert.Equal(["dist/*.tgz"], options.Artifacts);
        Assert.Equal(["keys/release.pub"], options.TrustedKeys);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass_and_the_overrides_still_apply()
    {
        // Given two bad values
        var (options, diagnostics) = Bind("    sbom_formats: [cyclonedx, spdxx]\n    licenses:\n      unknown: sometimes\n", new SupplyChainOverrides { BaseRef = "main" });

        // Then both are reported
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("main", options.BaseRef);
    }

    [Fact]
    public void Keys_left_out_of_a_section_take_the_options_records_defaults()
    {
        // Given a section that names licenses and osv_api but not their choices
        var (options, diagnostics) = Bind("    licenses:\n      allow: [MIT]\n    include_dev: false\n");
        var defaults = new SupplyChainOptions();

        // Then each choice the section leaves out is the options record's default
        Assert.Empty(diagnostics);
        Assert.Equal((defaults.UnknownLicenses, defaults.DependencyReview), (options.UnknownLicenses, options.DependencyReview));
        Assert.Equal(defaults.OsvApi, options.OsvApi);
    }
}
