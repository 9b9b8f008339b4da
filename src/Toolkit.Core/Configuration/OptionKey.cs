using System.Globalization;
using System.Text.Json.Nodes;

namespace Toolkit.Core.Configuration;

/// <summary>One key of a gate's gates.yml section and its default, as gates.yml would write it.</summary>
/// <param name="Name">The key; a nested key is dotted (<c>osv_api.timeout</c>).</param>
/// <param name="Default">The default as JSON (what the schema's <c>default</c> holds), or null when the key has none.</param>
public sealed record OptionKey(string Name, JsonNode? Default)
{
    /// <summary>A key without a default (required, or absent means off).</summary>
    public static OptionKey Without(string name) => new(name, null);

    /// <summary>A text key; a null default means none.</summary>
    public static OptionKey Of(string name, string? value) => new(name, value is null ? null : JsonValue.Create(value));

    /// <summary>A boolean key.</summary>
    public static OptionKey Of(string name, bool value) => new(name, JsonValue.Create(value));

    /// <summary>A number key.</summary>
    public static OptionKey Of(string name, double value) => new(name, JsonValue.Create(value));

    /// <summary>A duration key, written the way gates.yml writes it (<c>30s</c>, <c>90d</c>).</summary>
    public static OptionKey Of(string name, TimeSpan value) => new(name, JsonValue.Create(ConfigDurations.Format(value)));

    /// <summary>A list key.</summary>
    public static OptionKey Of(string name, IEnumerable<string> values) =>
        new(name, new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]));

    /// <summary>The default as it reads in a YAML file: text unquoted, lists in brackets, maps in braces, none as an empty string.</summary>
    public string DefaultText => Default switch
    {
        null => string.Empty,
        JsonArray list => "[" + string.Join(", ", list.Select(v => v?.ToString())) + "]",
        JsonObject map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {p.Value?.ToJsonString()}")) + "}",
        JsonValue value when value.TryGetValue<double>(out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        var other => other.ToString(),
    };
}
