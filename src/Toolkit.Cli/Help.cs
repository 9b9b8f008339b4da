namespace Toolkit.Cli;

/// <summary>Help text helpers: every command shows examples under its description.</summary>
internal static class Help
{
    public static string WithExamples(string description, params string[] examples) =>
        examples.Length == 0
            ? description
            : $"{description}\n\nExamples:\n{string.Join("\n", examples.Select(e => "  " + e))}";
}
