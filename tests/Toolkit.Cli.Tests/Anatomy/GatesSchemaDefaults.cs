using System.Text.Json;
using System.Text.Json.Nodes;
using Toolkit.Core.Configuration;
using Toolkit.Testing;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>schemas/gates.schema.json as the tests read and, on request, rewrite it from the binders' keys.</summary>
public static class GatesSchemaDefaults
{
    public static string Path => RepositoryPaths.InRepo("schemas", "gates.schema.json");

    public static JsonObject Load() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject();

    /// <summary>The schema of a gate's section.</summary>
    public static JsonObject Section(JsonObject schema, string gate) =>
        schema["properties"]!["gates"]!["properties"]![gate]!.AsObject();

    /// <summary>The schema of one key (dotted for nested keys, <c>[]</c> after a list), or null.</summary>
    public static JsonObject? Property(JsonObject section, string key)
    {
        // "headroom[].target": a key of each item of a list.
        JsonObject? node = section;
        foreach (var part in key.Split('.'))
        {
            var list = part.EndsWith("[]", StringComparison.Ordinal);
            node = node?["properties"]?[list ? part[..^2] : part] as JsonObject;
            node = list ? node?["items"] as JsonObject : node;
        }

        return node;
    }

    /// <summary>Defaults compared as values: 8 and 8.0 are one default.</summary>
    public static bool Same(JsonNode? left, JsonNode? right) => (left, right) switch
    {
        (null, null) => true,
        (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number => a.GetValue<double>() == b.GetValue<double>(),
        _ => JsonNode.DeepEquals(left, right),
    };

    /// <summary>Writes every key's default into the schema (after a deliberate change to an options record).</summary>
    public static void Write(JsonObject schema, string gate, IEnumerable<OptionKey> keys)
    {
        var section = Section(schema, gate);
        foreach (var key in keys)
        {
            var property = Property(section, key.Name) ?? throw new InvalidOperationException($"{gate}: the schema has no '{key.Name}'; add it with its description first");
            if (key.Default is null)
            {
                property.Remove("default");
            }
            else
            {
                property["default"] = key.Default.DeepClone();
            }
        }
    }

    public static void Save(JsonObject schema) =>
        File.WriteAllText(Path, schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
}
