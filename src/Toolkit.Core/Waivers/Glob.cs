using System.Text.RegularExpressions;
using Toolkit.Core.IO;

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

        // A pattern naming a folder covers what is inside it.
        return "^" + GlobRegex.Translate(p, GlobDialect.Config) + (p.EndsWith('/') ? ".*$" : "(?:/.*)?$");
    }
}
