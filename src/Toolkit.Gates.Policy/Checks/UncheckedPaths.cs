namespace Toolkit.Gates.Policy.Checks;

/// <summary>
/// What the run was asked to check but did not: each file named in <c>paths</c> that is of no kind policy-ci
/// checks, and the whole run when no file of any kind was found while a file pack is enabled (and the paths were
/// named, or governance is off).
/// </summary>
internal static class UncheckedPaths
{
    /// <param name="results">Per file of <paramref name="files"/>, its result; null for a file of no checked kind.</param>
    public static IReadOnlyList<string> Find(string root, PolicyOptions options, IReadOnlyList<string> files, IReadOnlyList<FileResult?> results)
    {
        var indexes = files.Select((f, i) => (f, i)).DistinctBy(p => p.f, StringComparer.Ordinal).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var path in options.Paths)
        {
            var relative = Path.GetRelativePath(root, Path.GetFullPath(path, root)).Replace('\\', '/');
            var index = indexes.GetValueOrDefault(relative, -1);
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

    private static int Kinds(ScanCounts counts) =>
        counts.KubernetesDocuments + counts.Workflows + counts.Actions + counts.Dockerfiles + counts.AlertRuleFiles;
}
