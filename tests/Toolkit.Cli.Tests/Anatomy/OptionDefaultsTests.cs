using System.Text;
using Toolkit.Core.Configuration;
using Toolkit.Testing;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>
/// Each default is stated once, in the gate's options record; its binder's <c>Keys</c> read it from there, and the JSON
/// schema and docs/configuration.md are held to those keys. After a deliberate change, run with
/// UPDATE_GATES_SCHEMA=1 (schema defaults) or UPDATE_CONFIG_DOCS=1 (the reference page), then review the diff.
/// </summary>
public sealed class OptionDefaultsTests
{
    public static TheoryData<string> Gates => GateAnatomyTests.Gates;

    private static GateAnatomy Gate(string id) => GateAnatomy.All.Single(g => g.Id == id);

    [Theory]
    [MemberData(nameof(Gates))]
    public void The_schema_states_the_options_defaults(string id)
    {
        var gate = Gate(id);
        var keys = OptionKeys.Of(gate);
        var schema = GatesSchemaDefaults.Load();
        if (Environment.GetEnvironmentVariable("UPDATE_GATES_SCHEMA") == "1")
        {
            GatesSchemaDefaults.Write(schema, id, keys);
            GatesSchemaDefaults.Save(schema);
            schema = GatesSchemaDefaults.Load();
        }

        var section = GatesSchemaDefaults.Section(schema, id);
        Assert.All(keys, key =>
        {
            var property = GatesSchemaDefaults.Property(section, key.Name);
            Assert.True(property is not null, $"{id}: gates.schema.json has no key '{key.Name}'");
            Assert.True(
                GatesSchemaDefaults.Same(property["default"], key.Default),
                $"{id}.{key.Name}: the schema's default is {property["default"]?.ToJsonString() ?? "none"}, the options' is {key.Default?.ToJsonString() ?? "none"}; run the tests with UPDATE_GATES_SCHEMA=1");
        });
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void The_keys_are_every_key_of_the_section(string id)
    {
        var gate = Gate(id);
        var listed = OptionKeys.Of(gate).Select(k => k.Name.Split('.')[0].Replace("[]", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var section = GatesSchemaDefaults.Section(GatesSchemaDefaults.Load(), id);
        var inSchema = section["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "enabled").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(inSchema.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Gates))]
    public void The_binder_reads_every_key_at_its_default(string id)
    {
        var gate = Gate(id);
        var yaml = new StringBuilder();
        foreach (var key in OptionKeys.Of(gate).Where(k => k.Default is not null && !k.Name.Contains('.', StringComparison.Ordinal) && !k.Name.Contains('[', StringComparison.Ordinal)))
        {
            yaml.Append(key.Name).Append(": ").Append(key.Default!.ToJsonString()).Append('\n');
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.ToString()));
        var node = (YamlMappingNode)stream.Documents[0].RootNode;
        var section = new GateSection(id, ".github/gates.yml", node, new Core.Verdicts.SourceLocation(".github/gates.yml", 1, 1));

        var result = gate.Binder.GetMethod("Bind", [typeof(GateSection), gate.Type($"{gate.Name}Overrides")!])!.Invoke(null, [section, null])!;
        var diagnostics = (IReadOnlyList<ConfigDiagnostic>)result.GetType().GetField("Item2")!.GetValue(result)!;

        // A gate may still need a value without a default (a URL, a system); a key it rejects at its own default may not happen.
        Assert.DoesNotContain(diagnostics, d => OptionKeys.Of(gate).Any(k => k.Default is not null && d.Message.Contains($"'{k.Name}'", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_configuration_reference_matches_the_keys_and_the_schema()
    {
        var path = RepositoryPaths.InRepo("docs", "configuration.md");
        var expected = ConfigurationReference.Render(GatesSchemaDefaults.Load());
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_CONFIG_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(actual == expected, "docs/configuration.md is out of date; run the tests with UPDATE_CONFIG_DOCS=1 and review the diff.");
    }
}
