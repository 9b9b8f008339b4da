using System.Text;
using System.Text.Json.Nodes;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>docs/configuration.md: every gate's keys with the default its options record states and the schema's description.</summary>
public static class ConfigurationReference
{
    public static string Render(JsonObject schema)
    {
        var text = new StringBuilder();
        text.Append("# Configuration reference\n\n")
            .Append("Every key of each gate's section in `.github/gates.yml`, with its default. Generated from each gate's options\n")
            .Append("record (the one place a default is stated) and the descriptions in `schemas/gates.schema.json`; do not edit by\n")
            .Append("hand: change the record or the schema and run the tests with `UPDATE_GATES_SCHEMA=1 UPDATE_CONFIG_DOCS=1`.\n");
        foreach (var gate in GateAnatomy.All)
        {
            var section = GatesSchemaDefaults.Section(schema, gate.Id);
            text.Append("\n## `").Append(gate.Id).Append("`\n\n")
                .Append(Cell(section["description"]?.ToString() ?? string.Empty)).Append("\n\n")
                .Append("| Key | Default | Description |\n| --- | --- | --- |\n");
            foreach (var key in OptionKeys.Of(gate))
            {
                var description = GatesSchemaDefaults.Property(section, key.Name)?["description"]?.ToString() ?? string.Empty;
                text.Append("| `").Append(key.Name).Append("` | ")
                    .Append(key.Default is null ? "none" : $"`{key.DefaultText}`").Append(" | ")
                    .Append(Cell(description)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
