using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Yaml;

/// <summary>A parsed YAML file: every document with its marks, and the source (for exact columns inside scalars).</summary>
/// <param name="Path">Repository-relative path with forward slashes.</param>
internal sealed record YamlFile(string Path, IReadOnlyList<YamlDocument> Documents, string[] Lines)
{
    private int[]? lineStarts;

    /// <summary>The source text as parsed.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Parses all documents; a syntax error comes back as <paramref name="error"/> with its line and column.</summary>
    public static YamlFile? Parse(string path, string text, out FileProblem? error)
    {
        error = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            error = new FileProblem(path, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {Clean(ex.Message)} Fix the syntax (or exclude the file) so it can be checked.");
            return null;
        }

        var lines = text.Split('\n');
        return new YamlFile(path, [.. stream.Documents], lines) { Text = text };
    }

    /// <summary>The 1-based line and column of a 0-based character index into <see cref="Text"/>.</summary>
    public (int Line, int Column) Position(int index)
    {
        lineStarts ??= LineStarts(Text);
        var line = Array.BinarySearch(lineStarts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, index - lineStarts[Math.Max(line, 0)] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    // YamlDotNet prefixes messages with the mark ("(Line: 3, Col: 5, ...): "); the location is reported separately.
    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
