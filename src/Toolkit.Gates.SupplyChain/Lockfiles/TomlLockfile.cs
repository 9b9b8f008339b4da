using Tomlyn;
using Tomlyn.Model;

namespace Toolkit.Gates.SupplyChain.Lockfiles;

/// <summary>Reads TOML lockfiles (Cargo.lock, poetry.lock, uv.lock) and finds the line of each <c>[[package]]</c>.</summary>
internal static class TomlLockfile
{
    public static TomlTable Parse(string path, string text, string fix)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(text) ?? [];
        }
        catch (TomlException ex)
        {
            var line = Math.Max(1, ex.Line ?? 1);
            throw LockfileBuilder.Fail(path, line, $"not valid TOML ({ex.Message.Split('\n')[0].Trim()})", fix);
        }
    }

    /// <summary>The 1-based line of every <c>[[package]]</c> header, in order (the n-th is the n-th table of the array).</summary>
    public static List<int> PackageLines(string text)
    {
        var lines = new List<int>();
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (line.TrimEnd().SequenceEqual("[[package]]"))
            {
                lines.Add(number);
            }
        }

        return lines;
    }

    public static IEnumerable<TomlTable> Tables(this TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is TomlTableArray array ? array.OfType<TomlTable>() : [];

    public static IEnumerable<object> Items(this TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is TomlArray array ? array.OfType<object>() : [];

    public static TomlTable? Table(this TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value as TomlTable : null;

    public static string? Text(this TomlTable table, string key) =>
        table.TryGetValue(key, out var value) ? value as string : null;

    public static bool Flag(this TomlTable table, string key) =>
        table.TryGetValue(key, out var value) && value is true;

    /// <summary>The value's TOML type name for error messages (<c>integer</c> where a string belongs).</summary>
    public static string Describe(this TomlTable table, string key) =>
        !table.TryGetValue(key, out var value) ? "missing" : value switch
        {
            long or int => "an integer",
            double => "a number",
            bool => "a boolean",
            TomlTable => "a table",
            TomlArray => "an array",
            _ => "not a string",
        };
}
