using Toolkit.Core.Waivers;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Which of the repository's files a run checks: those under its paths, not excluded, not vendored.</summary>
internal static class FileSelection
{
    public static IReadOnlyList<string> Select(IReadOnlyList<string> files, PolicyOptions options)
    {
        var excludes = options.Exclude.Select(e => new Glob(e)).ToList();
        var roots = options.Paths.Select(p => p.Replace('\\', '/').Trim('/')).Where(p => p is not ("" or ".")).ToList();
        return files
            .Where(f => roots.Count == 0 || roots.Any(r => f == r || f.StartsWith(r + "/", StringComparison.Ordinal)))
            .Where(f => !excludes.Any(g => g.IsMatch(f)))
            .Where(f => !IsVendored(f, options.Paths))
            .ToList();
    }

    /// <summary>
    /// Third-party code committed to the repository (Go's vendor/, node_modules/): its Dockerfiles and manifests are
    /// its authors' to fix, not the repository's. Named on the command line or in paths, such a file is still checked.
    /// </summary>
    private static bool IsVendored(string path, IReadOnlyList<string> paths) =>
        path.Split('/') is var parts && parts[..^1].Any(p => p is "vendor" or "node_modules")
        && !paths.Any(p => p.Replace('\\', '/').Trim('/') is { Length: > 0 } r && (path == r || r.Split('/').Any(s => s is "vendor" or "node_modules")));
}
