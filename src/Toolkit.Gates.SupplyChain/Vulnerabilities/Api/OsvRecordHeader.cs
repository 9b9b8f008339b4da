using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities.Api;

/// <summary>The id and <c>modified</c> time of an OSV record, read without parsing the rest.</summary>
internal sealed record OsvRecordHeader(string Id, string? Modified)
{
    /// <summary>The header, or null when the bytes are not a JSON object with a string <c>id</c> (corrupt, truncated).</summary>
    public static OsvRecordHeader? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var modified = root.TryGetProperty("modified", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return new OsvRecordHeader(id.GetString()!, modified);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when this record is at least as recent as <paramref name="reported"/> (both RFC 3339); false when either is unreadable.</summary>
    public bool IsCurrent(string? reported) =>
        Parse(Modified) is { } mine && Parse(reported) is { } theirs && mine >= theirs;

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
