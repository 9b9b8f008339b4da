using Toolkit.Core.IO;

namespace Toolkit.Gates.Policy.Files;

/// <summary>
/// A .gitignore matcher for walking a folder that is not a git checkout: comments, blank lines, <c>!</c> negation,
/// trailing <c>/</c> (folders only), anchoring by a leading or inner <c>/</c>, <c>*</c>, <c>?</c>, <c>[...]</c> and
/// <c>**</c>. The last matching pattern wins, as in git. Patterns are relative to the folder of their .gitignore.
/// </summary>
internal sealed class GitIgnore
{
    private readonly List<(string Base, Regex Regex, bool Negated, bool DirectoryOnly)> patterns = [];

    /// <summary>Adds the lines of a .gitignore that lives in <paramref name="baseDirectory"/> (repository-relative, "" for the root).</summary>
    public void Add(string baseDirectory, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            line = TrimTrailingSpaces(line);
            var negated = line[0] == '!';
            if (negated)
            {
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            var anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            var regex = new Regex((anchored ? "^" : "^(?:.*/)?") + Translate(line) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            patterns.Add((baseDirectory.Trim('/'), regex, negated, directoryOnly));
        }
    }

    /// <summary>True when the path (relative, forward slashes) is ignored; a file under an ignored folder is ignored too.</summary>
    public bool IsIgnored(string path, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('/');
        // Git does not descend into an ignored folder, so a negation below it cannot re-include a file.
        for (var depth = 1; depth < parts.Length; depth++)
        {
            if (Match(string.Join('/', parts[..depth]), isDirectory: true))
            {
                return true;
            }
        }

        return Match(path, isDirectory);
    }

    private bool Match(string path, bool isDirectory)
    {
        var ignored = false;
        foreach (var (baseDir, regex, negated, directoryOnly) in patterns)
        {
            if (directoryOnly && !isDirectory)
            {
                continue;
            }

            string relative;
            if (baseDir.Length == 0)
            {
                relative = path;
            }
            else if (path.StartsWith(baseDir + "/", StringComparison.Ordinal))
            {
                relative = path[(baseDir.Length + 1)..];
            }
            else
            {
                continue;
            }

            if (regex.IsMatch(relative))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end];
    }

    private static string Translate(string pattern) => GlobRegex.Translate(pattern, GlobDialect.GitIgnore);
}
