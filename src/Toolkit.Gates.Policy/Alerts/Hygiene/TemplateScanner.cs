namespace Toolkit.Gates.Policy.Alerts.Hygiene;

/// <summary>
/// Finds the bare identifiers (function names and keywords) inside the <c>{{ }}</c> actions of a Go template,
/// skipping strings, comments, fields (<c>.Value</c>) and variables (<c>$labels</c>).
/// </summary>
internal static class TemplateScanner
{
    /// <summary>Every word used inside an action, with its index in <paramref name="template"/>.</summary>
    public static IEnumerable<(string Word, int Index)> Words(string template)
    {
        var open = template.IndexOf("{{", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                yield break;
            }

            var i = open + 2;
            while (i < close)
            {
                var c = template[i];
                if (c is '"' or '`' or '\'')
                {
                    i = SkipQuoted(template, i, close);
                }
                else if (c == '/' && i + 1 < close && template[i + 1] == '*')
                {
                    var end = template.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? close : end + 2;
                }
                else if (char.IsAsciiLetter(c) || c == '_')
                {
                    var start = i;
                    while (i < close && (char.IsAsciiLetterOrDigit(template[i]) || template[i] == '_'))
                    {
                        i++;
                    }

                    var previous = start > 0 ? template[start - 1] : ' ';
                    if (previous is not ('.' or '$') && !char.IsAsciiLetterOrDigit(previous))
                    {
                        yield return (template[start..i], start);
                    }
                }
                else
                {
                    i++;
                }
            }

            open = template.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }
    }

    /// <summary>Whether an action reads the query value (<c>$value</c>, <c>.Value</c>) or runs a query; its index, or -1.</summary>
    public static int QueryValueUse(string template)
    {
        var open = template.IndexOf("{{", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            close = close < 0 ? template.Length : close;
            var action = template[open..close];
            foreach (var needle in (string[])["$value", ".Value"])
            {
                var at = action.IndexOf(needle, StringComparison.Ordinal);
                if (at >= 0 && (at + needle.Length >= action.Length || !char.IsAsciiLetterOrDigit(action[at + needle.Length])))
                {
                    return open + at;
                }
            }

            foreach (var (word, index) in Words(template[open..Math.Min(close + 2, template.Length)]))
            {
                if (word == "query")
                {
                    return open + index;
                }
            }

            open = template.IndexOf("{{", close, StringComparison.Ordinal);
        }

        return -1;
    }

    private static int SkipQuoted(string template, int i, int close)
    {
        var quote = template[i++];
        while (i < close && template[i] != quote)
        {
            i += template[i] == '\\' && quote != '`' ? 2 : 1;
        }

        return i + 1;
    }
}
