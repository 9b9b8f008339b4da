using Toolkit.Testing.JsonSchema;

namespace Toolkit.Gates.SupplyChain.Tests.Gate;

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
}
