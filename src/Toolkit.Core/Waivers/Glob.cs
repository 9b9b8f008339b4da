using System.Text;
using System.Text.RegularExpressions;

namespace Toolkit.Core.Waivers;

/// <summary>
/// Path globs as users write them in CI config: <c>**</c> crosses folders, <c>*</c> and <c>?</c> stay within one,
/// <c>{a,b}</c> alternates. Matching is ordinal on forward-slash paths.
/// </summary>
public sealed class Glob
{
    private readonly Regex regex;

    /// <param name="pattern">The glob; backslashes and a leading <c>/</c> are ignored.</param>
    public Glob(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Pattern = pattern;
        regex = new Regex(ToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>Whether <paramref name="path"/> (either slash) matches, or lies under a folder the pattern names.</summary>
    public bool IsMatch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return regex.IsMatch(path.Replace('\\', '/').TrimStart('/'));
    }

    private static string ToRegex(string pattern)
    {
        var p = pattern.Replace('\\', '/').TrimStart('/');
        var sb = new StringBuilder("^");
        var inAlternation = false;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            switch (c)
            {
                case '*' when i + 1 < p.Length && p[i + 1] == '*':
                    var slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                    sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '{':
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
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // A pattern naming a folder covers what is inside it.
        sb.Append(p.EndsWith('/') ? ".*$" : "(?:/.*)?$");
        return sb.ToString();
    }
}
