using System.Globalization;
using System.Text.RegularExpressions;
using Toolkit.Gates.Slo.Loading;
using Toolkit.Gates.Slo.Model;
using Toolkit.Testing;

namespace Toolkit.Gates.Slo.Tests.Corpus;

/// <summary>
/// The SLO corpus (../shared/corpus/slo): every Sloth, OpenSLO and Pyrra input file, read in place, plus each YAML
/// example of the OpenSLO README (written to a temp file per block). Sloth's examples/_gen holds Sloth's generated
/// rules (outputs, not specs) and is left out.
/// </summary>
internal static partial class SloCorpus
{
    public static string Folder => Path.Combine(RepositoryPaths.Shared, "corpus", "slo");

    public static string ExpectationsFile => RepositoryPaths.InRepo("tests", "Toolkit.Gates.Slo.Tests", "Corpus", "slo-corpus.expected.tsv");

    /// <summary>Every input: its name in the expectations table and the file to load.</summary>
    public static IReadOnlyList<(string Name, string File)> Inputs(TempDirectory scratch)
    {
        var files = Directory.EnumerateFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/_gen/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, Path.Combine(Folder, f)))
            .ToList();
        const string readme = "OpenSLO+OpenSLO/README.md";
        var text = File.ReadAllText(Path.Combine(Folder, readme));
        foreach (Match block in YamlBlock().Matches(text))
        {
            var line = text[..block.Index].Count(c => c == '\n') + 2;
            if (block.Groups[1].Value.Contains("apiVersion:", StringComparison.Ordinal))
            {
                files.Add(($"{readme}:{line}", scratch.Write($"readme-{line}.yaml", block.Groups[1].Value)));
            }
        }

        return files;
    }

    /// <summary>One reviewed outcome line: paths, SLIs and unmeasurable SLIs, or the first refusal with its line.</summary>
    public static string Outcome(string name, LoadResult result)
    {
        if (!result.IsValid)
        {
            var first = result.Diagnostics[0];
            return $"{name}\trefused\t{first.Line}\t{first.Message}";
        }

        var set = result.Value!;
        var slis = set.Paths.SelectMany(p => p.Slis).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{name}\t{set.Paths.Count} paths\t{slis.Count} slos\t{slis.Count(s => s.Unmeasurable is not null)} unmeasurable");
    }

    public static LoadResult Load(string file, string name) => GoldenPathLoader.Load(file, name, [Threshold.TryParse("burn==0", null, out _)!]);

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex YamlBlock();
}
