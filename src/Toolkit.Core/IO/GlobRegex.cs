using System.Text;
using System.Text.RegularExpressions;

namespace Toolkit.Core.IO;

/// <summary>
/// Translates a glob into the body of an ordinal regular expression over forward-slash paths: <c>*</c> and
/// <c>?</c> stay within one folder, <c>**</c> crosses folders. One translator, so waivers and .gitignore agree on
/// what the common wildcards mean; the dialect adds its own syntax.
/// </summary>
public static class GlobRegex
{
    /// <summary>The regex body (no anchors) for <paramref name="pattern"/>.</summary>
    public static string Translate(string pattern, GlobDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var sb = new StringBuilder();
        var inAlternation = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    i = DoubleStar(pattern, i, dialect, sb);
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '{' when dialect == GlobDialect.Config:
                    inAlternation = true;
                    sb.Append("(?:");
                    break;
                case '}' when inAlternation:
                    inAlternation = false;
                    sb.Append(')');
                    break;
                case ',' when inAlternation:
                    sb.Append('|');
                    break;
                case '[' when dialect == GlobDialect.GitIgnore:
                    i = CharacterSet(pattern, i, sb);
                    break;
                case '\\' when dialect == GlobDialect.GitIgnore && i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return sb.ToString();
    }

    // Returns the index of the last character consumed.
    private static int DoubleStar(string pattern, int i, GlobDialect dialect, StringBuilder sb)
    {
        var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';

        // Git: "**" spans folders only as a whole segment (a/**/b, **/b); elsewhere it is like "*" across slashes.
        var segment = dialect == GlobDialect.Config || i == 0 || pattern[i - 1] == '/';
        if (slashAfter && segment)
        {
            sb.Append("(?:.*/)?");
            return i + 2;
        }

        sb.Append(".*");
        return i + 1;
    }

    private static int CharacterSet(string pattern, int i, StringBuilder sb)
    {
        var close = pattern.IndexOf(']', i + 1);
        if (close < 0)
        {
            sb.Append(@"\[");
            return i;
        }

        var set = pattern[(i + 1)..close];
        sb.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
        return close;
    }
}
