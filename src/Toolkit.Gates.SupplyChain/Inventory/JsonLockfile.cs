using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Parses lockfile JSON, turning syntax errors into <see cref="LockfileException"/> with the line.</summary>
internal static class JsonLockfile
{
    /// <param name="requireObject">False for a reader that rejects a non-object root itself with a more specific fix.</param>
    public static JsonDocument Parse(string path, string text, bool requireObject = true)
    {
        try
        {
            var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (requireObject && document.RootElement.ValueKind != JsonValueKind.Object)
            {
                // Every JSON lockfile is an object; `null` or a list would otherwise crash the readers.
                var kind = document.RootElement.ValueKind;
                document.Dispose();
                throw new LockfileException(path, 1, $"{path}:1: the document is {kind}, not a JSON object. Regenerate the lockfile.");
            }

            return document;
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
