using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;
using Toolkit.Core.Waivers;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Files;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Rules;

namespace Toolkit.Gates.Policy;

/// <summary>
/// The policy checks as a library call (what <see cref="PolicyGate"/> runs, and what a build script can call directly):
/// lists the repository's files honouring .gitignore, checks them in parallel, adds governance and image budgets, and
/// returns the outcome with findings at exact file:line:column.
/// </summary>
internal sealed partial class PolicyEvaluator(string repositoryRoot, PolicyOptions options, RunEnvironment environment)
{
    /// <summary>Where evidence files go (<c>alert-hygiene.json</c>); null writes none.</summary>
    public string? EvidenceDirectory { get; init; }

    public TextWriter Log { get; init; } = TextWriter.Null;

    /// <summary>What branch protection requires, for the governance pack; null when there is no token to ask with.</summary>
    public Core.Protection.IRequiredChecksSource? RequiredChecks { get; init; }


    public async Task<GateOutcome> EvaluateAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(repositoryRoot);
        foreach (var path in options.Paths)
        {
            var full = Path.GetFullPath(path, root);
            var relative = Path.GetRelativePath(root, full);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return GateOutcome.CouldNotEvaluate($"The path '{path}' is outside the repository {root}; policy-ci checks only the repository's files. Fix: give paths inside the repository (or --repo <dir>).");
            }

            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return GateOutcome.CouldNotEvaluate($"The path '{path}' given to policy-ci does not exist under {root}. Fix: correct 'paths' in gates.yml or the command line.");
            }
        }

        var (custom, customError) = LoadCustomRules(root);
        if (customError is not null)
        {
            return customError;
        }

        var files = Select(await RepositoryFiles.ListAsync(root, cancellationToken).ConfigureAwait(false));
        var builtImages = SkaffoldImages.Read(root);
        var disabled = options.DisabledRules.ToHashSet(StringComparer.Ordinal);
        // One slot per file, so findings come out in file order however the parallel checks interleave (a bag
        // gave a different order each run).
        var results = new FileResult?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, index =>
            results[index] = CheckFile(root, files[index], disabled, custom, builtImages));

        var checkedResults = results.OfType<FileResult>().ToList();
        var notChecked = UncheckedPaths(root, files, results);
        return await BuildOutcomeAsync(root, checkedResults, notChecked, disabled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What the run was asked to check but did not: each file named in <c>paths</c> that is of no kind policy-ci
    /// checks, and the whole run when no file of any kind was found while a file pack is enabled (and the paths were
    /// named, or governance is off).
    /// </summary>
    private List<string> UncheckedPaths(string root, List<string> files, FileResult?[] results)
    {
        var problems = new List<string>();
        foreach (var path in options.Paths)
        {
            var relative = Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
            var index = files.IndexOf(relative);
            if (File.Exists(Path.Combine(root, relative)) && (index < 0 || results[index] is not { } result || result.Error is null && Kinds(result.Counts) == 0))
            {
                problems.Add($"'{path}' is not a file policy-ci checks (Kubernetes manifests, Dockerfiles, GitHub workflows and actions, Prometheus rule files); nothing in it was checked. Fix: remove it from the paths, or exclude it.");
            }
        }

        var filePacks = new[] { PolicyPacks.Kubernetes, PolicyPacks.Dockerfile, PolicyPacks.Workflows, PolicyPacks.Alerts }.Where(options.Runs).ToList();
        var found = results.OfType<FileResult>().Sum(r => Kinds(r.Counts) + (r.Error is null ? 0 : 1));
        // Without paths, a run whose governance pack checked CODEOWNERS did check something; with paths, or without
        // governance, finding nothing means the run was pointed at the wrong place.
        if (problems.Count == 0 && filePacks.Count > 0 && found == 0 && options.CustomRules.Count == 0
            && (options.Paths.Count > 0 || !options.Runs(PolicyPacks.Governance)))
        {
            var where = options.Paths.Count == 0 ? "the repository" : string.Join(", ", options.Paths);
            problems.Add($"Nothing was checked: {where} holds no file for the {string.Join(", ", filePacks)} pack(s) ({files.Count} files listed). Fix: point paths at the manifests, Dockerfiles, workflows or rule files, or select only the packs that apply (--pack).");
        }

        return problems;
    }

    /// <summary>
    /// Third-party code committed to the repository (Go's vendor/, node_modules/): its Dockerfiles and manifests are
    /// its authors' to fix, not the repository's. Named on the command line or in paths, such a file is still checked.
    /// </summary>
    private bool IsVendored(string path) =>
        path.Split('/') is var parts && parts[..^1].Any(p => p is "vendor" or "node_modules")
        && !options.Paths.Any(p => p.Replace('\\', '/').Trim('/') is { Length: > 0 } r && (path == r || r.Split('/').Any(s => s is "vendor" or "node_modules")));

    private static int Kinds(ScanCounts counts) =>
        counts.KubernetesDocuments + counts.Workflows + counts.Actions + counts.Dockerfiles + counts.AlertRuleFiles;

    private List<string> Select(IReadOnlyList<string> files)
    {
        var excludes = options.Exclude.Select(e => new Glob(e)).ToList();
        var roots = options.Paths.Select(p => p.Replace('\\', '/').Trim('/')).Where(p => p is not ("" or ".")).ToList();
        return files
            .Where(f => roots.Count == 0 || roots.Any(r => f == r || f.StartsWith(r + "/", StringComparison.Ordinal)))
            .Where(f => !excludes.Any(g => g.IsMatch(f)))
            .Where(f => !IsVendored(f))
            .ToList();
    }

    private (CustomRuleEvaluator Evaluator, GateOutcome? Error) LoadCustomRules(string root)
    {
        var rules = new List<CustomRule>();
        foreach (var path in options.CustomRules)
        {
            var full = Path.GetFullPath(path, root);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return (new CustomRuleEvaluator([]), GateOutcome.CouldNotEvaluate($"The custom rules file '{path}' does not exist. Fix: correct 'custom_rules' in gates.yml or --custom-rules."));
            }

            var (text, unreadable) = UserFiles.ReadLooseText(full, path);
            if (text is null)
            {
                return (new CustomRuleEvaluator([]), GateOutcome.CouldNotEvaluate($"The custom rules file {unreadable} Fix: correct 'custom_rules' in gates.yml or --custom-rules."));
            }

            var (loaded, problems) = CustomRuleLoader.Load(path, text);
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
