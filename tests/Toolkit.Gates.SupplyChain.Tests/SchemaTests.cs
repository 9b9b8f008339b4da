using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests;

public sealed class SchemaTests
{
    [Fact]
    public void A_full_supply_chain_section_is_valid_against_the_gates_schema()
    {
        // Given every documented key of the section
        var yaml = """
            version: 1
            gates:
              supply-chain:
                base: origin/main
                sbom_formats: [cyclonedx, spdx]
                osv_database: osv/all.zip
                osv_api:
                  enabled: true
                  url: https://api.osv.dev
                  cache: .cache/osv
                  ttl: 24h
                  offline: false
                  budget: 2m
                  concurrency: 8
                max_new: {critical: 0, high: 0, moderate: 5}
                max_total: {critical: 0}
                licenses:
                  allow: [MIT, Apache-2.0]
                  deny: [GPL-3.0-only]
                  unknown: fail
                include_dev: false
                artifacts: ['dist/*.tgz']
                attestations_dir: attestations
                trusted_keys: [keys/release.pub]
                manifests: ['deploy/**/*.yaml']
            """;

        // When it is validated
        var errors = KnownSchemas.Validator.Validate(YamlJson.ToJson(yaml), KnownSchemas.Gates);

        // Then the schema accepts it
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("osv_api: true")]
    [InlineData("osv_api: {offline: true}")]
    public void The_osv_api_shorthands_are_valid(string line)
    {
        Assert.Empty(KnownSchemas.Validator.Validate(YamlJson.ToJson($"gates:\n  supply-chain:\n    {line}\n"), KnownSchemas.Gates));
    }

    [Theory]
    [InlineData("osv_api: {ttl: soon}", "/gates/supply-chain/osv_api/ttl")]
    [InlineData("osv_api: {tll: 1h}", "/gates/supply-chain/osv_api/tll")]
    [InlineData("osv_api: {concurrency: 0}", "/gates/supply-chain/osv_api/concurrency")]
    public void Bad_osv_api_values_are_rejected_by_the_schema(string line, string pointer)
    {
        var errors = KnownSchemas.Validator.Validate(YamlJson.ToJson($"gates:\n  supply-chain:\n    {line}\n"), KnownSchemas.Gates);

        Assert.Contains(errors, e => e.InstancePath == pointer);
    }
}
