using System.Text.RegularExpressions;
using Toolkit.Core.IO;

namespace Toolkit.Gates.Migrations.Planning;

/// <summary>Finds application code that still names a dropped or renamed table or column (whole-word, case-insensitive).</summary>
internal static class CodeReferences
{
    private const long MaxFileBytes = 2 * 1024 * 1024;
    private static readonly HashSet<string> SkippedDirectories = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj", "artifacts" };

    /// <summary>Searches <paramref name="codePaths"/> (repository-relative directories or files), skipping <paramref name="excluded"/>.</summary>
    public static IReadOnlyList<CodeReference> Find(string repositoryRoot, IReadOnlyList<string> codePaths, IReadOnlyList<RemovedName> removed, IReadOnlyList<string> excluded, int maxPerName = 20)
    {
        ArgumentNullException.ThrowIfNull(removed);
        if (removed.Count == 0 || codePaths.Count == 0)
        {
            return [];
        }

        var patterns = removed.DistinctBy(r => (r.Kind, r.Name, r.Table)).Select(r => (r, new Regex($@"(?<![\w$]){Regex.Escape(r.Name)}(?![\w$])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))).ToList();
        var counts = new Dictionary<RemovedName, int>();
        var result = new List<CodeReference>();
        var excludedFull = excluded.Select(e => Path.GetFullPath(Path.Combine(repositoryRoot, e))).ToList();
        foreach (var file in codePaths.SelectMany(p => Files(Path.GetFullPath(Path.Combine(repositoryRoot, p)))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (excludedFull.Any(e => file.StartsWith(e + Path.DirectorySeparatorChar, StringComparison.Ordinal)) || new FileInfo(file).Length > MaxFileBytes)
            {
                continue;
            }

            var relative = Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/');
            var lines = UserFiles.ReadLooseTextOrThrow(file, relative).ReplaceLineEndings("\n").Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (name, regex) in patterns)
                {
                    var match = regex.Match(lines[i]);
                    if (match.Success && counts.GetValueOrDefault(name) < maxPerName)
                    {
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                        result.Add(new CodeReference(name, relative, i + 1, match.Index + 1));
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return [];
        }

        return Directory.EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.EnumerateDirectories(path).Where(d => !SkippedDirectories.Contains(Path.GetFileName(d))).SelectMany(Files));
    }
}
