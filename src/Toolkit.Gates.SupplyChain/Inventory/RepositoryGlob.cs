using Toolkit.Core.Waivers;

namespace Toolkit.Gates.SupplyChain.Inventory;

/// <summary>Expands repository globs to files (forward-slash relative paths), skipping <c>.git</c> and <c>node_modules</c>.</summary>
internal static class RepositoryGlob
{
    public static IReadOnlyList<string> Match(string root, string pattern)
    {
        var normalized = pattern.Replace('\\', '/').TrimStart('/');
        if (!normalized.AsSpan().ContainsAny("*?{"))
        {
            return File.Exists(Path.Combine(root, normalized)) ? [normalized] : [];
        }

        var glob = new Glob(normalized);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal) && !f.Contains("node_modules/", StringComparison.Ordinal))
            .Where(glob.IsMatch)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
