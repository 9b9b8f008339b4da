using System.Globalization;
using System.Text.Json;

namespace Toolkit.Core.Events;

/// <summary>Tolerant reads from an event payload: a missing property or an unexpected kind reads as null, never throws.</summary>
internal static class JsonPaths
{
    public static JsonElement? Get(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static string? String(JsonElement element, params string[] path) =>
        Get(element, path) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    public static int? Int(JsonElement element, params string[] path) =>
        Get(element, path) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
            { ValueKind: JsonValueKind.String } value when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };

    public static bool? Bool(JsonElement element, params string[] path) =>
        Get(element, path) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => null,
        };

    /// <summary>True when the property is absent or JSON null (a deleted fork shows as <c>"repo": null</c>).</summary>
    public static bool IsNullOrMissing(JsonElement element, params string[] path) =>
        Get(element, path) is not { } value || value.ValueKind == JsonValueKind.Null;
}
