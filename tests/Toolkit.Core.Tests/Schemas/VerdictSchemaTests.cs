using System.Text.Json.Nodes;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Testing.JsonSchema;

namespace Toolkit.Core.Tests.Schemas;

public sealed class VerdictSchemaTests
{
    public static TheoryData<string> Examples() => new(VerdictExamples.All.Keys);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_verdict_written_by_VerdictJson_validates(string example)
    {
        var json = VerdictJson.Serialize(VerdictExamples.All[example]);

        var errors = KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict);

        Assert.True(errors.Count == 0, json + "\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Random_verdicts_validate()
    {
        var generator = new RandomVerdicts(seed: 1729);
        for (var i = 0; i < 300; i++)
        {
            var json = VerdictJson.Serialize(generator.Next());

            var errors = KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict);

            Assert.True(errors.Count == 0, json + "\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void A_verdict_with_an_unknown_status_fails_validation()
    {
        var json = Mutate(node => node["verdict"] = "passed");

        var error = Assert.Single(KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict));
        Assert.Equal("/verdict", error.InstancePath);
        Assert.Contains("enum", error.SchemaPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verdict_without_a_gate_fails_validation()
    {
        var json = Mutate(node => node.AsObject().Remove("gate"));

        var error = Assert.Single(KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict));
        Assert.Equal(string.Empty, error.InstancePath);
        Assert.Contains("\"gate\"", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("required", error.SchemaPath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_with_a_wrong_severity_and_an_unknown_property_fails_validation()
    {
        var json = Mutate(node =>
        {
            node["findings"]![0]!["severity"] = "critical";
            node["findings"]![0]!["cvss"] = 9.8;
        });

        var errors = KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict);

        Assert.Equal(["/findings/0/cvss", "/findings/0/severity"], errors.Select(e => e.InstancePath).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Evidence_hashes_must_be_64_hex_digits()
    {
        var json = Mutate(node => node["evidence"]![0]!["sha256"] = "abc123");

        var error = Assert.Single(KnownSchemas.Validator.Validate(json, KnownSchemas.Verdict));
        Assert.Equal("/evidence/0/sha256", error.InstancePath);
    }

    [Fact]
    public void The_embedded_schema_is_the_file_in_the_repository()
    {
        using var stream = typeof(GateVerdict).Assembly.GetManifestResourceStream("Toolkit.Core.verdict.schema.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(Toolkit.Testing.RepositoryPaths.InRepo("schemas", "verdict.schema.json")), reader.ReadToEnd());
    }

    private static string Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(VerdictJson.Serialize(VerdictExamples.All["fail with everything"]))!;
        change(node);
        return node.ToJsonString();
    }
}
