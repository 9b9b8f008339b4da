namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>
/// Where an npm lockfile says a package came from (its <c>resolved</c>): a registry tarball, a git repository or a
/// tarball/folder elsewhere. Only registry packages are what their name and version say on the registry.
/// </summary>
internal static class NpmResolved
{
    /// <summary>(git URL, other download URL); both null for a registry tarball or no <c>resolved</c> at all.</summary>
    public static (string? VcsUrl, string? DownloadUrl) Classify(string? resolved)
    {
        if (string.IsNullOrEmpty(resolved))
        {
            return (null, null);
        }

        if (IsGit(resolved))
        {
            return (resolved, null);
        }

        // Registries (npmjs, GitHub Packages, Artifactory, Verdaccio) all serve <name>/-/<file>.tgz.
        var registry = (resolved.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || resolved.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            && resolved.Contains("/-/", StringComparison.Ordinal) && resolved.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);
        return registry ? (null, null) : (null, resolved);
    }

    /// <summary>(git URL, other URL or path) of a known non-registry origin: git repositories are the purl's vcs_url, the rest its download_url.</summary>
    public static (string? VcsUrl, string? DownloadUrl) Split(string origin) => IsGit(origin) ? (origin, null) : (null, origin);

    private static bool IsGit(string resolved) =>
        resolved.StartsWith("git+", StringComparison.OrdinalIgnoreCase) || resolved.StartsWith("git://", StringComparison.OrdinalIgnoreCase) ||
        resolved.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase) || resolved.StartsWith("git@", StringComparison.OrdinalIgnoreCase) ||
        resolved.StartsWith("github:", StringComparison.OrdinalIgnoreCase) ||

        // Yarn Berry writes git dependencies as <url>#commit=<sha>; a URL ending in .git is a repository too.
        resolved.Contains("#commit=", StringComparison.Ordinal) || resolved.Contains(".git#", StringComparison.OrdinalIgnoreCase) ||
        resolved.EndsWith(".git", StringComparison.OrdinalIgnoreCase);
}
