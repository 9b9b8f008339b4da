using Toolkit.Core.Gates;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Files;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy;

/// <summary>
/// The policy checks as a library call (what <see cref="PolicyGate"/> runs, and what a build script can call directly):
/// lists the repository's files honouring .gitignore, checks them in parallel, adds governance and image budgets, and
/// returns the outcome with findings at exact file:line:column.
/// </summary>
public sealed partial class PolicyEvaluator(string repositoryRoot, PolicyOptions options, RunEnvironment environment)
{
    /// <summary>Where evidence files go (<c>alert-hygiene.json</c>); null writes none.</summary>
    public string? EvidenceDirectory { get; init; }

    public TextWriter Log { get; init; } = TextWriter.Null;

    public async Task<GateOutcome> EvaluateAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(repositoryRoot);
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(path, root);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return GateOutcome.CouldNotEvaluate($"The path '{path}' given to policy-ci does not exist under {root}. Fix: correct 'paths' in gates.yml or the command line.");
            }
        }

        var (custom, customError) = await LoadCustomRulesAsync(root, cancellationToken).ConfigureAwait(false);
        if (customError is not null)
        {
            return customError;
        }

        var files = Select(await RepositoryFiles.ListAsync(root, cancellationToken).ConfigureAwait(false));
        var disabled = options.DisabledRules.ToHashSet(StringComparer.Ordinal);
        // One slot per file, so findings come out in file order however the parallel checks interleave (a bag
        // gave a different order each run).
        var results = new FileResult?[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), cancellationToken, async (index, token) =>
            results[index] = await CheckFileAsync(root, files[index], disabled, custom, token).ConfigureAwait(false)).ConfigureAwait(false);

        return await BuildOutcomeAsync(root, [.. results.OfType<FileResult>()], disabled, cancellationToken).ConfigureAwait(false);
    }

    private List<string> Select(IReadOnlyList<string> files)
    {
        var excludes = options.Exclude.Select(e => new Glob(e)).ToList();
        var roots = options.Paths.Select(p => p.Replace('\\', '/').Trim('/')).Where(p => p is not ("" or ".")).ToList();
        return files
            .Where(f => roots.Count == 0 || roots.Any(r => f == r || f.StartsWith(r + "/", StringComparison.Ordinal)))
            .Where(f => !excludes.Any(g => g.IsMatch(f)))
            .ToList();
    }

    private async Task<(CustomRuleEvaluator Evaluator, GateOutcome? Error)> LoadCustomRulesAsync(string root, CancellationToken cancellationToken)
    {
        var rules = new List<CustomRule>();
        foreach (var path in options.CustomRules)
        {
            var full = Path.GetFullPath(path, root);
            if (!File.Exists(full))
            {
                return (new CustomRuleEvaluator([]), GateOutcome.CouldNotEvaluate($"The custom rules file '{path}' does not exist. Fix: correct 'custom_rules' in gates.yml or --custom-rules."));
            }

            var (loaded, problems) = CustomRuleLoader.Load(path, await File.ReadAllTextAsync(full, cancellationToken).ConfigureAwait(false));
            if (problems.Count > 0)
            {
                var first = problems[0];
                return (new CustomRuleEvaluator([]), GateOutcome.CouldNotEvaluate(
                    $"The custom rules file is invalid: {string.Join(" ", problems.Select(p => p.ToString()))} Fix the rule definition.",
                    new SourceLocation(first.File, first.Line, first.Column)));
            }

            rules.AddRange(loaded);
        }

        return (new CustomRuleEvaluator(rules), null);
    }
}
