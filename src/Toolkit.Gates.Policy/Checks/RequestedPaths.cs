namespace Toolkit.Gates.Policy.Checks;

/// <summary>The paths a run was given (gates.yml <c>paths</c> or the command line's) must exist inside the repository.</summary>
internal static class RequestedPaths
{
    /// <summary>Why the paths cannot be checked, with the fix; null when every path is a file or folder of the repository.</summary>
    public static string? Problem(string root, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            var relative = Path.GetRelativePath(root, full);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return $"The path '{path}' is outside the repository {root}; policy-ci checks only the repository's files. Fix: give paths inside the repository (or --repo <dir>).";
            }

            if (!File.Exists(full) && !Directory.Exists(full))
            {
                return $"The path '{path}' given to policy-ci does not exist under {root}. Fix: correct 'paths' in gates.yml or the command line.";
            }
        }

        return null;
    }
}
