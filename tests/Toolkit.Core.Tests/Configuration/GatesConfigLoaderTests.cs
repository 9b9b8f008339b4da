using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Configuration;

public sealed class GatesConfigLoaderTests
{
    private static readonly GatesConfigLoader Loader = new([GateIds.SupplyChain, GateIds.Policy]);

    [Fact]
    public void Reads_settings_waivers_and_gate_sections()
    {
        const string yaml = """
            version: 1
            settings:
              environment: stage
              output: out/gates
              required: [supply-chain]
              fail_on: warn
              fail_open: [policy-ci]
              formats: [json, sarif]
            waivers:
              - gate: supply-chain
                rule: GHSA-aaaa-bbbb-cccc
                path: src/**
                reason: not reachable
                owner: "@platform"
                expires: 2030-01-31
            gates:
              supply-chain:
                max_new: 0
              policy-ci:
                enabled: false
            """;

        var result = Loader.LoadText(".github/gates.yml", yaml);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        var config = result.Value!;
        Assert.Equal("stage", config.Settings.Environment);
        Assert.Equal("out/gates", config.Settings.Output);
        Assert.Equal([GateIds.SupplyChain], config.RequiredGates);
        Assert.Equal(VerdictStatus.Warn, config.Settings.FailOn);
        Assert.True(config.IsFailOpen(GateIds.Policy));
        Assert.Equal(["json", "sarif"], config.Settings.Formats);
        var waiver = Assert.Single(config.Waivers);
        Assert.Equal(new DateOnly(2030, 1, 31), waiver.Expires);
        Assert.Equal(10, waiver.DeclaredAt.Line);
        Assert.Equal([GateIds.SupplyChain], config.EnabledGates);
        Assert.False(config.SectionFor(GateIds.Policy)!.Enabled);
    }

    [Fact]
    public void A_misspelt_key_is_reported_at_its_line_and_column_with_the_nearest_key()
    {
        const string yaml = """
            settings:
              enviroment: stage
            """;

        var result = Loader.LoadText(".github/gates.yml", yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(3, diagnostic.Column);
        Assert.Equal("environment", diagnostic.Suggestion);
        Assert.Equal(".github/gates.yml:2:3: unknown key 'enviroment'. Did you mean 'environment'?", diagnostic.ToString());
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_position_not_thrown()
    {
        var result = Loader.LoadText("gates.yml", "settings:\n  environment: [stage\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("is not valid YAML", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Line > 0);
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass()
    {
        const string yaml = """
            settings:
              fail_on: sometimes
              required: [supply-chian]
            waivers:
              - gate: supply-chain
                rule: X
            gatez: {}
            """;

        var result = Loader.LoadText("gates.yml", yaml);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.Line == 2 && d.Message.Contains("fail_on", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Line == 3 && d.Suggestion == "supply-chain");
        Assert.Contains(result.Diagnostics, d => d.Line == 5 && d.Message.Contains("'reason' is required", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Line == 5 && d.Message.Contains("'expires' is required", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Line == 7 && d.Suggestion == "gates");
    }

    [Fact]
    public void A_section_for_a_gate_this_build_does_not_have_is_an_error()
    {
        var result = Loader.LoadText("gates.yml", "gates:\n  slo-gates: {}\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains("not available", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void A_missing_default_file_gives_the_defaults_but_a_missing_explicit_file_is_an_error()
    {
        var root = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        Assert.True(Loader.LoadFile(root, null).Value!.IsDefault);
        var missing = Loader.LoadFile(root, "nope.yml");
        Assert.Contains("file not found", Assert.Single(missing.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_gives_the_defaults()
    {
        var result = Loader.LoadText("gates.yml", "# nothing yet\n");

        Assert.True(result.IsValid);
        Assert.Empty(result.Value!.Sections);
    }

    [Fact]
    public void A_gate_reads_its_own_section_and_gets_suggestions_for_its_typos()
    {
        var config = Loader.LoadText("gates.yml", "gates:\n  supply-chain:\n    max_nwe: 3\n").Value!;

        var reader = config.SectionFor(GateIds.SupplyChain)!.Reader();
        reader.Int("max_new", 0, min: 0);
        reader.Finish();

        var diagnostic = Assert.Single(reader.Diagnostics);
        Assert.Equal((3, 5, "max_new"), (diagnostic.Line, diagnostic.Column, diagnostic.Suggestion));
    }
}
