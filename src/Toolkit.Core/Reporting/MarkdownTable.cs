using System.Text;

namespace Toolkit.Core.Reporting;

/// <summary>
/// A GitHub-flavoured Markdown table. <see cref="AddRow"/> escapes plain text; <see cref="AddMarkdownRow"/> takes cells
/// that are already Markdown (links, code spans) and only keeps them on one line.
/// </summary>
public sealed class MarkdownTable
{
    private readonly string[] headers;
    private readonly List<string> rows = [];

    /// <param name="headers">The column headers, plain text; at least one.</param>
    /// <exception cref="ArgumentException">No header was given.</exception>
    public MarkdownTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        this.headers = headers;
    }

    /// <summary>The number of columns, fixed by the headers.</summary>
    public int ColumnCount => headers.Length;

    /// <summary>The rendered rows, each one line without its line break, in the order added.</summary>
    public IReadOnlyList<string> Rows => rows;

    /// <summary>The header and delimiter lines, each ending in a line break.</summary>
    public string Header => Line(headers.Select(MarkdownText.Escape)) + Line(headers.Select(_ => "---"));

    /// <summary>Adds a row of plain text cells, escaped. Missing cells are left empty, extra cells are dropped.</summary>
    public MarkdownTable AddRow(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return AddMarkdownRow(cells.Select(MarkdownText.Escape).ToArray());
    }

    /// <summary>Adds a row of cells that are Markdown already; line breaks become <c>&lt;br&gt;</c>.</summary>
    public MarkdownTable AddMarkdownRow(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var fitted = Enumerable.Range(0, headers.Length).Select(i => i < cells.Length ? OneLine(cells[i]) : string.Empty);
        rows.Add(Line(fitted).TrimEnd('\n'));
        return this;
    }

    /// <summary>The header and the first <paramref name="maxRows"/> rows (all when null).</summary>
    public string ToMarkdown(int? maxRows = null)
    {
        var builder = new StringBuilder(Header);
        foreach (var row in rows.Take(maxRows ?? rows.Count))
        {
            builder.Append(row).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The whole table, as <see cref="ToMarkdown"/> renders it.</summary>
    public override string ToString() => ToMarkdown();

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |\n";

    private static string OneLine(string? cell) => (cell ?? string.Empty)
        .Replace("\r\n", "<br>", StringComparison.Ordinal)
        .Replace("\n", "<br>", StringComparison.Ordinal)
        .Replace("\r", "<br>", StringComparison.Ordinal);
}
