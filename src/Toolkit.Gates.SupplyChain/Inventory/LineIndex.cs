namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Finds the line and column of a JSON key in a lockfile's text, so findings point at the exact entry.</summary>
internal sealed class LineIndex
{
    private readonly string text;
    private readonly List<int> lineStarts = [0];
    private int cursor;

    public LineIndex(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Line and column (1-based) of the first <c>"key"</c> at or after <paramref name="from"/>; (1,1) when absent.</summary>
    public (int Line, int Column) Of(string key, int from = 0)
    {
        var offset = OffsetOf(key, from);
        return offset < 0 ? (1, 1) : At(offset);
    }

    /// <summary>
    /// Like <see cref="Of"/> for keys met in document order: searches on from the previous hit first, so reading every
    /// entry of a large lockfile stays linear instead of rescanning from the top for each one.
    /// </summary>
    public (int Line, int Column) Next(string key, int from)
    {
        var offset = text.IndexOf("\"" + key + "\"", Math.Max(cursor, from), StringComparison.Ordinal);
        if (offset < 0)
        {
            offset = OffsetOf(key, from);
        }

        if (offset < 0)
        {
            return (1, 1);
        }

        cursor = offset;
        return At(offset);
    }

    public int OffsetOf(string key, int from = 0) => text.IndexOf("\"" + key + "\"", from, StringComparison.Ordinal);

    public (int Line, int Column) At(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}
