using System.Text.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>Parses whole JSON result files (summaries are small) and turns syntax errors into located messages.</summary>
internal static class JsonFiles
{
    public static JsonDocument? Parse(string path, string text, out ReadOutcome? failure)
    {
        try
        {
            failure = null;
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            failure = ReadOutcome.Fail($"{path}:{line}:{column}: not valid JSON ({FirstSentence(ex.Message)}); regenerate the file or fix it there.", new SourceLocation(path, line, column));
            return null;
        }
    }

    public static double? Number(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
