using System.Globalization;
using System.Text;
using Toolkit.Core.Verdicts;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Corpus;

/// <summary>
/// The real-world corpus (<c>../shared/corpus/policy</c>: workflows, Dockerfiles, manifests and alert rules of 22
/// projects), each project folder checked as its own repository root, and the reviewed outcome per project: one line
/// per file and rule with the finding lines, plus what was checked. <c>UPDATE_CORPUS_EXPECTATIONS=1</c> rewrites the
/// files; review the diff like code.
/// </summary>
internal static class PolicyCorpus
{
    public const string UpdateVariable = "UPDATE_CORPUS_EXPECTATIONS";

    public static string Root => Path.Combine(RepositoryPaths.Shared, "corpus", "policy");

    public static string ExpectationsDirectory => RepositoryPaths.InRepo("tests", "Toolkit.Gates.Policy.Tests", "Corpus", "expectations");

    public static IReadOnlyList<string> Categories { get; } = ["dockerfiles", "k8s", "prometheus-rules", "workflows"];

    public static PolicyOptions Options { get; } = new() { Packs = ["kubernetes", "dockerfile", "workflows", "alerts"] };

    /// <summary>Every project with a folder in any category.</summary>
    public static IReadOnlyList<string> Projects() =>
        [.. Categories.SelectMany(c => Directory.EnumerateDirectories(Path.Combine(Root, c)).Select(Path.GetFileName)).OfType<string>().Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The outcome of every category folder of a project, as the reviewed text.</summary>
    public static async Task<string> DescribeAsync(string project)
    {
        var text = new StringBuilder();
        text.Append("# policy-ci on ").Append(project).Append(": reviewed findings (category/path rule lines). Rewrite with ").Append(UpdateVariable).Append("=1.\n");
        foreach (var category in Categories)
        {
            var root = Path.Combine(Root, category, project);
            if (!Directory.Exists(root))
            {
                continue;
            }

            var outcome = await PolicyRun.EvaluateAsync(root, Options);
            var m = outcome.Metrics;
            text.Append(CultureInfo.InvariantCulture, $"checked {category}: verdict {(outcome.Findings.Any(f => f.RuleId == "toolkit/could-not-evaluate") ? "error" : "evaluated")}, files {m["files_checked"]}, kubernetes {m["kubernetes_documents"]}, workflows {m["workflows"]}, dockerfiles {m["dockerfiles"]}\n");
            foreach (var group in outcome.Findings.Where(f => f.Location is not null).GroupBy(f => (f.Location!.Path, f.RuleId)).OrderBy(g => g.Key.Path, StringComparer.Ordinal).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal))
            {
                var lines = string.Join(',', group.Select(f => f.Location!.Line).Order());
                text.Append(CultureInfo.InvariantCulture, $"{category}/{group.Key.Path} {group.Key.RuleId} {lines}\n");
            }

            foreach (var unplaced in outcome.Findings.Where(f => f.Location is null))
            {
                text.Append(CultureInfo.InvariantCulture, $"{category} {unplaced.RuleId} {unplaced.Message}\n");
            }
        }

        return text.ToString();
    }

    public static string ExpectationPath(string project) => Path.Combine(ExpectationsDirectory, project + ".txt");
}
