using System.Text.RegularExpressions;
using Toolkit.Gates.SupplyChain.Inventory;

namespace Toolkit.Gates.SupplyChain.Lockfiles.Python;

/// <summary>
/// Reads a pinned <c>requirements*.txt</c> (pip-compile or <c>pip freeze</c> output): <c>name[extras]==version</c> lines
/// with optional markers and <c>--hash=sha256:...</c> options, continued with <c>\</c>; comments, pip options and
/// editable (<c>-e</c>) local projects are not packages. A requirement without <c>==</c> is an error: the version
/// installed cannot be known. Files named <c>*dev*</c> or <c>*test*</c> hold development packages.
/// </summary>
internal static partial class RequirementsReader
{
    private const string Fix = "pin every requirement as name==version (pip-compile, or pip freeze > requirements.txt)";

    public static Lockfile Read(string path, string text)
    {
        var builder = new LockfileBuilder(path, Ecosystem.PyPI);
        var fileName = path[(path.LastIndexOf('/') + 1)..].ToLowerInvariant();
        var development = fileName.Contains("dev", StringComparison.Ordinal) || fileName.Contains("test", StringComparison.Ordinal);
        foreach (var (line, number) in LogicalLines(text))
        {
            if (line.StartsWith('-'))
            {
                // pip options (-r, -c, -i, --index-url, -e local projects) name no package of their own.
                continue;
            }

            var match = Requirement().Match(line);
            if (!match.Success)
            {
                throw builder.Error(number, $"'{Shorten(line)}' is not pinned to one version", Fix);
            }

            var hashes = HashOption().Matches(line).Select(m => ((string?)null, (string?)m.Groups[1].Value));
            builder.Add(match.Groups["name"].Value, match.Groups["version"].Value, number, new ComponentTraits
            {
                Direct = true,
                Development = development,
                Hashes = PythonHashes.Choose(hashes),
            });
        }

        return builder.Build(path);
    }

    /// <summary>Lines joined across <c>\</c> continuations, comments removed, with the line each starts on.</summary>
    private static IEnumerable<(string Line, int Number)> LogicalLines(string text)
    {
        var current = string.Empty;
        var start = 0;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var comment = line.StartsWith('#') ? 0 : line.IndexOf(" #", StringComparison.Ordinal);
            line = (comment >= 0 ? line[..comment] : line).Trim();
            if (current.Length == 0)
            {
                start = number;
            }

            var continued = line.EndsWith('\\');
            current += " " + (continued ? line[..^1] : line);
            if (!continued)
            {
                if (current.Trim() is { Length: > 0 } complete)
                {
                    yield return (complete, start);
                }

                current = string.Empty;
            }
        }
    }

    private static string Shorten(string line) => line.Length > 80 ? line[..80] + "..." : line;

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*===?\s*(?<version>[^\s;\\*]+)\s*(;(?:(?!\s--hash).)*)?(\s+--hash[=\s]\S+)*\s*$")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"--hash[=\s](\S+)")]
    private static partial Regex HashOption();
}
