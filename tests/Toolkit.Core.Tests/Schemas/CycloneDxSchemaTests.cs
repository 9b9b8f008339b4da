using System.Text.Json.Nodes;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Core.Tests.Schemas;

public sealed class CycloneDxSchemaTests
{
    private const string Bom = """
        {
          "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",
          "bomFormat": "CycloneDX",
          "specVersion": "1.6",
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "version": 1,
          "metadata": {
            "timestamp": "2025-03-01T12:00:00Z",
            "component": { "type": "application", "bom-ref": "app", "name": "app", "version": "1.0.0" }
          },
          "components": [
            {
              "type": "library",
              "bom-ref": "pkg:nuget/Newtonsoft.Json@13.0.3",
              "name": "Newtonsoft.Json",
              "version": "13.0.3",
              "purl": "pkg:nuget/Newtonsoft.Json@13.0.3",
              "hashes": [ { "alg": "SHA-512", "content": "99b252bc77d1c5f5f7b51fd4ea7d5653e9961d7b3061cf9207f8643a9c7cc9965eebc84d6467f2989bb4723b1a244915cc232a78f894e8b748ca882a7c89fb92" } ],
              "licenses": [ { "license": { "id": "MIT" } } ],
              "externalReferences": [ { "type": "website", "url": "https://www.newtonsoft.com/json" } ]
            },
            {
              "type": "library",
              "bom-ref": "pkg:nuget/Serilog@3.1.1",
              "name": "Serilog",
              "version": "3.1.1",
              "purl": "pkg:nuget/Serilog@3.1.1",
              "licenses": [ { "expression": "Apache-2.0 OR MIT" } ]
            }
          ],
          "dependencies": [
            { "ref": "app", "dependsOn": [ "pkg:nuget/Newtonsoft.Json@13.0.3", "pkg:nuget/Serilog@3.1.1" ] },
            { "ref": "pkg:nuget/Newtonsoft.Json@13.0.3", "dependsOn": [] }
          ]
        }
        """;

    [Fact]
    public void A_minimal_CycloneDX_16_bom_with_components_hashes_licenses_and_dependencies_validates()
    {
        var errors = KnownSchemas.Validator.Validate(Bom, KnownSchemas.CycloneDx16);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void A_bad_bom_format_and_an_unknown_hash_algorithm_are_reported()
    {
        var bom = JsonNode.Parse(Bom)!;
        bom["bomFormat"] = "SPDX";
        bom["components"]![0]!["hashes"]![0]!["alg"] = "SHA-999";

        var errors = KnownSchemas.Validator.Validate(bom.ToJsonString(), KnownSchemas.CycloneDx16);

        Assert.Contains(errors, e => e.InstancePath == "/bomFormat");
        Assert.Contains(errors, e => e.InstancePath == "/components/0/hashes/0/alg");
    }

    [Fact]
    public void An_unknown_spdx_license_id_is_caught_through_the_cross_file_reference()
    {
        var bom = JsonNode.Parse(Bom)!;
        bom["components"]![0]!["licenses"]![0]!["license"]!["id"] = "Not-A-License";

        var errors = KnownSchemas.Validator.Validate(bom.ToJsonString(), KnownSchemas.CycloneDx16);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("/components/0/licenses", e.InstancePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_license_expressions_break_the_single_expression_tuple()
    {
        var bom = JsonNode.Parse(Bom)!;
        bom["components"]![1]!["licenses"] = JsonNode.Parse("""[{ "expression": "MIT" }, { "expression": "Apache-2.0" }]""");

        var errors = KnownSchemas.Validator.Validate(bom.ToJsonString(), KnownSchemas.CycloneDx16);

        Assert.Contains(errors, e => e.InstancePath == "/components/1/licenses" && e.SchemaPath.Contains("/oneOf/", StringComparison.Ordinal));
    }
}
