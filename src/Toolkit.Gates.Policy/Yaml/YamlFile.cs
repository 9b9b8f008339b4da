using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Yaml;

/// <summary>A parsed YAML file: every document with its marks, and the source lines (for exact columns inside scalars).</summary>
/// <param name="Path">Repository-relative path with forward slashes.</param>
internal sealed record YamlFile(string Path, IReadOnlyList<YamlDocument> Documents, string[] Lines)
{
    /// <summary>Parses all documents; a syntax error comes back as <paramref name="error"/> with its line and column.</summary>
    public static YamlFile? Parse(string path, string text, out YamlParseError? error)
    {
        error = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            error = new YamlParseError(path, (int)ex.Start.Line, (int)ex.Start.Column, Clean(ex.Message));
            return null;
        }

        var lines = text.Split('\n');
        return new YamlFile(path, [.. stream.Documents], lines);
    }

    // YamlDotNet prefixes messages with the mark ("(Line: 3, Col: 5, ...): "); the location is reported separately.
    private static string Clean(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
