using System.Text;
using System.Text.Json;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>
/// The 1-based line where each element of a top-level JSON array starts (<c>packages</c> of composer.lock), found by
/// the JSON reader itself so that text inside other values (an author called like a package) cannot mislead it.
/// </summary>
internal static class JsonElementLines
{
    public static List<int> Of(string text, string arrayProperty)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var lines = new List<int>();
        var inArray = false;
        var line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    inArray = reader.ValueTextEquals(arrayProperty);
                }
                else if (inArray && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null)
                {
                    var start = (int)reader.TokenStartIndex;
                    line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                    counted = start;
                    lines.Add(line);
                }
            }
        }
        catch (JsonException)
        {
            // The document was parsed before; a reader error here only leaves later elements without a line.
        }

        return lines;
    }
}
