using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>Finds where a piece of text first appears in a file, so findings point at the line a person should read.</summary>
internal static class TextLocator
{
    public static SourceLocation Find(string path, string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return new SourceLocation(path);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(path, line, index - lineStart + 1);
    }

    /// <summary>The JSON string literal of <paramref name="value"/> as it appears in a file (without escapes).</summary>
    public static string Quoted(string value) => "\"" + value + "\"";
}
