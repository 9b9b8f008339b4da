using Toolkit.Core.IO;
using Toolkit.Core.Processes;

namespace Toolkit.Gates.Policy.Files;

/// <summary>
/// The files of a repository that are not ignored: <c>git ls-files --cached --others --exclude-standard</c> inside a
/// git work tree (git's own .gitignore semantics), otherwise a walk that applies every .gitignore with <see cref="GitIgnore"/>.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>Repository-relative paths with forward slashes, sorted ordinally.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(string root, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var fromGit = await FromGitAsync(root, cancellationToken).ConfigureAwait(false);
        var files = fromGit ?? Walk(root);
        return files.Where(f => File.Exists(Path.Combine(root, f))).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Lists files by walking the folder, honouring .gitignore files (and never entering .git).</summary>
    public static IReadOnlyList<string> Walk(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        var ignore = new GitIgnore();
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var full = relative.Length == 0 ? root : Path.Combine(root, relative);
            var gitignore = Path.Combine(full, ".gitignore");
            if (File.Exists(gitignore))
            {
                ignore.Add(relative, UserFiles.ReadLooseTextOrThrow(gitignore, relative.Length == 0 ? ".gitignore" : relative + "/.gitignore"));
            }

            foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                var isDirectory = entry is DirectoryInfo;
                if (entry.Name == ".git" || ignore.IsIgnored(path, isDirectory) || entry.LinkTarget is not null)
                {
                    continue;
                }

                if (isDirectory)
                {
                    pending.Push(path);
                }
                else
                {
                    files.Add(path);
                }
            }
        }

        return files;
    }

    private static async Task<List<string>?> FromGitAsync(string root, CancellationToken cancellationToken)
    {
        var result = await Git.RunAsync(root, ["-c", "core.quotepath=off", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cancellationToken).ConfigureAwait(false);

        // No git, or not a git work tree: walk instead. Inside a sub-folder of a work tree git lists paths relative to
        // the working directory, which is what we want.
        return result.Succeeded ? result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList() : null;
    }
}
