using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Core.Tests.Schemas;

public sealed class GatesSchemaTests
{
    private const string Sample = """
        # A gates.yml with every shared key.
        version: 1
        settings:
          environment: stage
          output: out/gates
          required: [supply-chain, slo-gates]
          fail_on: warn
          fail_open: policy-ci
          formats: [json, markdown, sarif, junit]
        waivers:
          - gate: supply-chain
            rule: GHSA-aaaa-bbbb-cccc
            path: src/**
            reason: "Not reachable: the vulnerable API is never called."
            owner: "@platform"
            expires: 2030-01-31
          - gate: migration-gate
            rule: ban-drop-column
            reason: column unused since v2
            owner: dba-team
            expires: "2029-12-01"
        gates:
          slo-gates:
            prometheus_url: http://prometheus:9090
          performance-gate:
            enabled: false
          supply-chain:
            max_new: 0
          migration-gate:
          policy-ci:
            enabled: true
        """;

    [Fact]
    public void A_full_sample_gates_yml_is_valid()
    {
        var errors = Validate(Sample);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_sample_is_also_valid_for_the_loader_so_schema_and_loader_agree()
    {
        var result = new GatesConfigLoader(GateIds.All).LoadText("gates.yml", Sample);

        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_empty_mapping_is_valid()
    {
        Assert.Empty(Validate("{}"));
    }

    [Fact]
    public void A_misspelt_top_level_key_is_rejected()
    {
        var error = Assert.Single(Validate("version: 1\nwaviers: []\n"));

        Assert.Equal("/waviers", error.InstancePath);
        Assert.EndsWith("additionalProperties", error.SchemaPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waiver_without_expires_is_rejected()
    {
        const string yaml = """
            waivers:
              - gate: supply-chain
                rule: GHSA-aaaa-bbbb-cccc
                reason: later
                owner: me
            """;

        var error = Assert.Single(Validate(yaml));

        Assert.Equal("/waivers/0", error.InstancePath);
        Assert.Contains("\"expires\"", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("required", error.SchemaPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waivers: [{gate: supply-chain, rule: r, reason: x, owner: o, expires: 31.01.2030}]", "/waivers/0/expires")]
    [InlineData("settings: {fail_on: error}", "/settings/fail_on")]
    [InlineData("settings: {formats: [json, html]}", "/settings/formats")]
    [InlineData("gates: {supply-chian: {}}", "/gates/supply-chian")]
    [InlineData("gates: {policy-ci: {enabled: maybe}}", "/gates/policy-ci/enabled")]
    [InlineData("version: 2", "/version")]
    public void Invalid_values_are_reported_where_they_are(string yaml, string pointer)
    {
        var errors = Validate(yaml);

        Assert.Contains(errors, e => e.InstancePath == pointer);
    }

    [Fact]
    public void Every_gate_has_a_section_in_the_schema()
    {
        foreach (var gate in GateIds.All)
        {
            Assert.Empty(Validate($"gates: {{{gate}: {{enabled: true}}}}"));
        }
    }

    private static IReadOnlyList<SchemaError> Validate(string yaml) =>
        KnownSchemas.Validator.Validate(YamlJson.ToJson(yaml), KnownSchemas.Gates);
}
