using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Parses lockfile JSON, turning syntax errors into <see cref="LockfileException"/> with the line.</summary>
internal static class JsonLockfile
{
    public static JsonDocument Parse(string path, string text)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new LockfileException(path, line, $"{path}:{line}: not valid JSON ({ex.Message}). Regenerate the lockfile (dotnet restore / npm install).");
        }
    }

    public static string? Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static JsonElement? Obj(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static bool Flag(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
