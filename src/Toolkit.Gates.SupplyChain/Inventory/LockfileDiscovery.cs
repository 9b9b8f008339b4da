namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Finds the lockfiles of a repository: <c>packages.lock.json</c>, <c>obj/project.assets.json</c> (only where the
/// project has no packages.lock.json, which says the same and is committed), <c>package-lock.json</c> and every other
/// lockfile format (see <c>Lockfiles.LockfileFormats</c>), skipping <c>.git</c>, <c>node_modules</c>, <c>bin</c>,
/// the output folder, vendored and virtualenv copies and <c>testdata</c> fixtures.
/// </summary>
internal static class LockfileDiscovery
{
    public const string AssetsFile = "project.assets.json";
    public const string NuGetLock = "packages.lock.json";
    public const string NpmLock = "package-lock.json";

    // Installed copies (vendor, virtualenvs) and test fixtures (Go ignores testdata) hold lockfiles the project does not use.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "artifacts", "vendor", "testdata", ".venv", "venv" };

    /// <summary>Repository-relative paths (forward slashes), sorted.</summary>
    public static IReadOnlyList<string> Find(string repositoryRoot)
    {
        var found = new List<string>();
        Walk(repositoryRoot, repositoryRoot, found);
        return found.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Chooses the lockfiles to read from a list of repository-relative paths (as <c>git ls-tree</c> gives).</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> paths)
    {
        var all = paths.Select(p => p.Replace('\\', '/')).ToList();
        var nugetLockDirs = all.Where(p => FileName(p) == NuGetLock).Select(Dir).ToHashSet(StringComparer.Ordinal);
        return all.Where(p => !p.Split('/').Any(Skipped.Contains))
            .Where(p => FileName(p) switch
            {
                NuGetLock or NpmLock => true,
                var name when Lockfiles.LockfileFormats.IsLockfile(name) => true,
                AssetsFile => Dir(p) is var d && d.EndsWith("obj", StringComparison.Ordinal) && !nugetLockDirs.Contains(Dir(d)),
                _ => false,
            })
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads one lockfile by its kind; <paramref name="installRoot"/> is the working tree, if that is what is read.</summary>
    /// <param name="sibling">The text of <see cref="Lockfiles.LockfileFormats.Sibling"/> (go.sum, package.json) when it exists.</param>
    public static Lockfile Read(string relativePath, string text, NuspecLicenses licenses, string? installRoot = null, string? sibling = null) => FileName(relativePath) switch
    {
        AssetsFile => AssetsFileReader.Read(relativePath, text, licenses),
        NuGetLock => PackagesLockReader.Read(relativePath, text, licenses),
        NpmLock => NpmLockReader.Read(relativePath, text, installRoot),
        _ => Lockfiles.LockfileFormats.Read(relativePath, text, sibling),
    };

    private static void Walk(string root, string directory, List<string> found)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            files.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(sub);
            if (Skipped.Contains(name))
            {
                continue;
            }

            if (name == "obj")
            {
                var assets = Path.Combine(sub, AssetsFile);
                if (File.Exists(assets))
                {
                    files.Add(Path.GetRelativePath(root, assets).Replace('\\', '/'));
                }

                continue;
            }

            Walk(root, sub, found);
        }

        // Selected per folder, so a packages.lock.json beside obj/ hides that obj/project.assets.json.
        found.AddRange(Select(files));
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string Dir(string path) => path.LastIndexOf('/') is var i && i >= 0 ? path[..i] : string.Empty;
}
