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
            var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            failure = NonFinite(path, text);
            if (failure is not null)
            {
                document.Dispose();
                return null;
            }

            return document;
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

    // A number beyond double's range (1e400) parses as JSON but has no value; it is an input error, not a crash later.
    private static ReadOutcome? NonFinite(string path, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number && (!reader.TryGetDouble(out var value) || !double.IsFinite(value)))
            {
                var start = (int)reader.TokenStartIndex;
                var before = bytes.AsSpan(0, start);
                var line = before.Count((byte)'\n') + 1;
                var column = start - (before.LastIndexOf((byte)'\n') + 1) + 1;
                var number = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                return ReadOutcome.Fail(
                    $"{path}:{line}:{column}: the number {number} is beyond the range of a double; no benchmark or load-test tool writes such a value, so the file is damaged.",
                    new SourceLocation(path, line, column));
            }
        }

        return null;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }
}
