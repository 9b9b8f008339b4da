using YamlDotNet.Core;

namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>
/// Maps an index into a YAML scalar's value back to the file's line and column, by replaying the scalar's
/// encoding from its start mark: quotes and escapes, line folding of flow scalars, and the indentation that
/// block scalars (<c>expr: |</c>) strip. Falls back to the scalar's start when the replay does not line up.
/// </summary>
internal static class ScalarPositions
{
    public static (int Line, int Column) Locate(string text, YamlScalarNode node, int valueIndex)
    {
        var start = (int)node.Start.Index;
        var map = node.Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => Block(text, start),
            ScalarStyle.SingleQuoted => Flow(text, start + 1, '\''),
            ScalarStyle.DoubleQuoted => Flow(text, start + 1, '"'),
            _ => Flow(text, start, null),
        };
        var raw = valueIndex < map.Count && map.Count > (node.Value?.Length ?? 0) ? map[valueIndex] : start;
        return LineColumn(text, raw);
    }

    private static (int Line, int Column) LineColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    /// <summary>Raw index of each value character of a literal or folded block scalar.</summary>
    private static List<int> Block(string text, int start)
    {
        var map = new List<int>();
        var i = text.IndexOf('\n', start);
        if (i < 0)
        {
            return map;
        }

        i++;
        var indent = -1;
        while (i < text.Length)
        {
            var lineEnd = text.IndexOf('\n', i);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var spaces = 0;
            while (i + spaces < lineEnd && text[i + spaces] == ' ')
            {
                spaces++;
            }

            var blank = i + spaces >= lineEnd || text[i + spaces] == '\r';
            if (!blank)
            {
                indent = indent < 0 ? spaces : indent;
                if (spaces < indent)
                {
                    break;
                }
            }

            for (var j = i + Math.Min(indent < 0 ? spaces : indent, spaces); j < lineEnd; j++)
            {
                map.Add(j);
            }

            map.Add(lineEnd);
            i = lineEnd + 1;
        }

        map.Add(Math.Min(i, text.Length));
        return map;
    }

    /// <summary>Raw index of each value character of a plain or quoted flow scalar (escapes and folding count once).</summary>
    private static List<int> Flow(string text, int i, char? quote)
    {
        var map = new List<int>();
        while (i < text.Length)
        {
            var c = text[i];
            if (quote is not null && c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    map.Add(i);
                    i += 2;
                    continue;
                }

                break;
            }

            if (quote is null && (c == '\n' || (c == '#' && i > 0 && text[i - 1] == ' ')))
            {
                break;
            }

            if (c == '\n' || c == '\r')
            {
                map.Add(i);
                i++;
                while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
                {
                    i++;
                }

                continue;
            }

            map.Add(i);
            i += quote == '"' && c == '\\' ? EscapeLength(text, i) : 1;
        }

        map.Add(i); // one past the value: where "unexpected end of input" points
        return map;
    }

    private static int EscapeLength(string text, int i) => i + 1 < text.Length ? text[i + 1] switch
    {
        'x' => 4,
        'u' => 6,
        'U' => 10,
        _ => 2,
    } : 1;
}
