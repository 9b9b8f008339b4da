using Toolkit.Core.Waivers;

namespace Toolkit.Cli.Tests.Actions;

/// <summary>
/// A .dockerignore as Docker applies it to the build context: patterns in order, the last match wins, <c>!</c>
/// re-includes, and a pattern that matches a folder matches everything in it.
/// </summary>
internal sealed class DockerIgnore(string text)
{
    private readonly List<(Glob Pattern, bool Include)> rules = text
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(l => !l.StartsWith('#'))
        .Select(l => (new Glob(l.TrimStart('!').Trim('/')), l.StartsWith('!')))
        .ToList();

    public bool Excludes(string path)
    {
        var parts = path.Trim('/').Split('/');
        var prefixes = Enumerable.Range(1, parts.Length).Select(n => string.Join('/', parts[..n])).ToList();
        var excluded = false;
        foreach (var (pattern, include) in rules)
        {
            if (prefixes.Any(pattern.IsMatch))
            {
                excluded = !include;
            }
        }

        return excluded;
    }
}
