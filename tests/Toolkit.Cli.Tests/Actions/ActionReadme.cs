using System.Text;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>
/// The README's tables of the container actions' inputs and outputs, generated from the action.yml files: what sits
/// between the markers in README.md's "Container actions" section.
/// </summary>
internal static class ActionReadme
{
    public const string Start = "<!-- container-actions:start (generated from actions/*/action.yml; tests/Toolkit.Cli.Tests/Actions/ReadmeSyncTests.cs) -->";
    public const string End = "<!-- container-actions:end -->";

    public static string Tables(IEnumerable<ActionMetadata> actions)
    {
        var text = new StringBuilder();
        foreach (var action in actions)
        {
            text.Append("#### `toolkit/toolkit/actions/").Append(action.Folder).Append("`\n\n");
            text.Append(Cell(action.Description)).Append("\n\n");
            text.Append("| Input | Description | Default | Required |\n| --- | --- | --- | --- |\n");
            foreach (var input in action.Inputs)
            {
                var value = input.Default is null ? string.Empty : input.Default.Length == 0 ? "`\"\"`" : $"`{input.Default}`";
                text.Append("| `").Append(input.Name).Append("` | ").Append(Cell(input.Description)).Append(" | ").Append(value)
                    .Append(" | ").Append(input.Required ? "yes" : "no").Append(" |\n");
            }

            text.Append("\n| Output | Description |\n| --- | --- |\n");
            foreach (var output in action.Outputs)
            {
                text.Append("| `").Append(output.Name).Append("` | ").Append(Cell(output.Description)).Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The generated part of <paramref name="readme"/>, or null when the markers are missing.</summary>
    public static string? Between(string readme)
    {
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? null : readme[(start + Start.Length)..end].TrimStart('\n');
    }

    /// <summary>One table cell: pipes escaped, and angle brackets too (GitHub would take &lt;name&gt; for an HTML tag and drop it).</summary>
    private static string Cell(string? text) => (text ?? string.Empty)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace('\n', ' ')
        .Trim();
}
