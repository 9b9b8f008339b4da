using System.Globalization;
using System.Text;

namespace Toolkit.Core.Reporting;

/// <summary>
/// Escaping for GitHub-flavoured Markdown. Text from findings is untrusted: a message with a pipe would split a table
/// cell, a backtick would open a code span, and <c>&lt;</c> would open raw HTML that GitHub strips or renders.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// Escapes plain text for use inline and inside table cells: Markdown punctuation is backslash-escaped, HTML-ish
    /// characters become entities, line breaks become <c>&lt;br&gt;</c> and other control characters become spaces.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append("<br>");
                    break;
                case '\n':
                    builder.Append("<br>");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\\' or '`' or '|' or '*' or '_' or '[' or ']' or '~' or '#':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// An inline code span that survives any content: the fence is longer than the longest backtick run inside, pipes
    /// are escaped (GFM splits table cells before it parses code spans) and line breaks become spaces.
    /// </summary>
    /// <param name="text">The code.</param>
    /// <param name="inTable">Whether the span goes into a table cell; pipes are escaped only there.</param>
    public static string Code(string? text, bool inTable = true)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        var longestRun = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
            if (c == '|' && inTable)
            {
                clean.Append('\\');
            }

            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var fence = new string('`', longestRun + 1);
        var body = clean.ToString();

        // A span that starts or ends with a backtick (or space) needs a padding space, which GFM strips again.
        var pad = body.StartsWith('`') || body.EndsWith('`') || body.StartsWith(' ') ? " " : string.Empty;
        return fence + pad + body + pad + fence;
    }

    /// <summary>A link when <paramref name="uri"/> is an absolute http(s) URI; otherwise the escaped text alone.</summary>
    public static string Link(string? text, string? uri)
    {
        var label = Escape(text);
        if (!IsWebUri(uri))
        {
            return label;
        }

        return "[" + label + "](" + EscapeUri(uri!) + ")";
    }

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="maxLength"/> characters with a trailing ellipsis,
    /// never splitting a surrogate pair. Shorten before escaping so escapes stay whole.
    /// </summary>
    public static string Truncate(string? text, int maxLength)
    {
        if (text is null || maxLength <= 0)
        {
            return string.Empty;
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    /// <summary>An integer with thousands separators, e.g. <c>1,234</c>, whatever the current culture.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static bool IsWebUri(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp);

    // Characters that would end the link destination or the table cell are percent-encoded.
    private static string EscapeUri(string uri) => uri
        .Replace(" ", "%20", StringComparison.Ordinal)
        .Replace("(", "%28", StringComparison.Ordinal)
        .Replace(")", "%29", StringComparison.Ordinal)
        .Replace("|", "%7C", StringComparison.Ordinal)
        .Replace("<", "%3C", StringComparison.Ordinal)
        .Replace(">", "%3E", StringComparison.Ordinal);
}
