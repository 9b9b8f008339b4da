using Toolkit.Core.Processes;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>
/// History files kept on a git branch (<c>store: branch:perf-history</c>, or <c>branch:perf-history:dir</c> for a folder
/// inside it), read and written without checking the branch out: the working tree, the index and HEAD stay as they are.
/// Loading reads the local branch, else <c>origin/&lt;branch&gt;</c>; recording makes one commit on the local branch with
/// git plumbing in a temporary index, guarded against a concurrent writer. Pushing it is the workflow's job
/// (<c>git push origin perf-history</c>).
/// </summary>
internal sealed class GitBranchStore : IBaselineStore
{
    /// <summary>The prefix that makes a store or baseline value a branch: <c>branch:&lt;name&gt;[:&lt;folder&gt;]</c>.</summary>
    public const string Prefix = "branch:";

    private const string ZeroId = "0000000000000000000000000000000000000000";

    private readonly string repositoryRoot;

    /// <param name="repositoryRoot">The repository holding the branch.</param>
    /// <param name="branch">The branch name, without <c>refs/heads/</c>.</param>
    /// <param name="folder">The folder inside the branch; the branch root when empty.</param>
    public GitBranchStore(string repositoryRoot, string branch, string folder = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        this.repositoryRoot = repositoryRoot;
        Branch = branch;
        Folder = (folder ?? string.Empty).Replace('\\', '/').Trim('/');
    }

    public string Branch { get; }

    public string Folder { get; }

    public string Display => Prefix + Branch + (Folder.Length > 0 ? ":" + Folder : string.Empty);

    /// <summary>Whether <paramref name="value"/> names a branch store (<c>branch:&lt;name&gt;[:&lt;folder&gt;]</c>).</summary>
    public static bool IsBranchSpec(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The store <paramref name="value"/> names, or null when it is not a branch spec or names no branch.</summary>
    public static GitBranchStore? Parse(string repositoryRoot, string? value)
    {
        if (!IsBranchSpec(value))
        {
            return null;
        }

        // A colon cannot appear in a git ref name, so the first one after the prefix ends the branch.
        var rest = value![Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var branch = colon < 0 ? rest : rest[..colon];
        var folder = colon < 0 ? string.Empty : rest[(colon + 1)..];
        return string.IsNullOrWhiteSpace(branch) ? null : new GitBranchStore(repositoryRoot, branch.Trim(), folder);
    }

    public IReadOnlyList<HistoryEntry> Load(out string? error, out string? warning)
    {
        error = null;
        warning = null;
        var reference = Resolve(out var source);
        if (reference is null)
        {
            warning = $"the baseline branch {Branch} does not exist (neither locally nor as origin/{Branch}): no history yet; record the base branch with --record and push it (git push origin {Branch}).";
            return [];
        }

        var entries = new List<HistoryEntry>();
        foreach (var path in JsonFiles(reference))
        {
            var shown = Git.Run(repositoryRoot, ["show", reference + ":" + path]);
            var display = source + ":" + path;
            if (!shown.Succeeded)
            {
                error = $"{display}: could not be read from git ({shown.Error.Trim()}).";
                return [];
            }

            if (HistoryFiles.Parse(shown.Output, display, out error) is not { } entry)
            {
                return [];
            }

            entries.Add(entry);
        }

        return entries.OrderBy(e => e.Date).ToList();
    }

    /// <summary>Commits <paramref name="entry"/>, minus the entries beyond <paramref name="keep"/>, as one commit on the branch.</summary>
    /// <returns>The branch path of the entry written.</returns>
    /// <exception cref="InvalidOperationException">A git step failed, or the branch moved while recording.</exception>
    public string Record(HistoryEntry entry, int keep)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var local = RevParse("refs/heads/" + Branch);
        var parent = local ?? RevParse("refs/remotes/origin/" + Branch);
        var index = Path.Combine(Path.GetTempPath(), "toolkit-perf-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var environment = Environment(index);
            var existing = new List<string>();
            if (parent is not null)
            {
                Must(Git.Run(repositoryRoot, ["read-tree", parent], environment: environment), "read-tree");
                existing.AddRange(JsonFiles(parent));
            }

            var path = InFolder(HistoryFiles.FileName(entry));
            var blob = Must(Git.Run(repositoryRoot, ["hash-object", "-w", "--stdin"], HistoryFiles.Serialize(entry)), "hash-object").Trim();
            Must(Git.Run(repositoryRoot, ["update-index", "--add", "--cacheinfo", $"100644,{blob},{path}"], environment: environment), "update-index");

            var all = existing.Contains(path, StringComparer.Ordinal) ? existing : [.. existing, path];
            var pruned = HistoryFiles.Pruned(all, keep).ToList();
            if (pruned.Count > 0)
            {
                Must(Git.Run(repositoryRoot, ["update-index", "--force-remove", "--", .. pruned], environment: environment), "update-index --force-remove");
            }

            var tree = Must(Git.Run(repositoryRoot, ["write-tree"], environment: environment), "write-tree").Trim();
            List<string> commitArgs = ["commit-tree", tree];
            if (parent is not null)
            {
                commitArgs.AddRange(["-p", parent]);
            }

            commitArgs.AddRange(["-m", "perf: record " + entry.Commit]);
            var commit = Must(Git.Run(repositoryRoot, commitArgs, environment: Identity(environment)), "commit-tree").Trim();
            Must(Git.Run(repositoryRoot, ["update-ref", "-m", "perf: record " + entry.Commit, "refs/heads/" + Branch, commit, local ?? ZeroId]), "update-ref");
            return Display + " " + path;
        }
        finally
        {
            File.Delete(index);
        }
    }

    private string? Resolve(out string source)
    {
        source = Branch;
        if (RevParse("refs/heads/" + Branch) is { } local)
        {
            return local;
        }

        source = "origin/" + Branch;
        return RevParse("refs/remotes/origin/" + Branch);
    }

    private string? RevParse(string reference)
    {
        var result = Git.Run(repositoryRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The history files directly in <see cref="Folder"/> of <paramref name="commit"/>, as branch paths.</summary>
    private List<string> JsonFiles(string commit)
    {
        List<string> args = ["ls-tree", "-r", "--full-tree", "--name-only", "-z", commit];
        if (Folder.Length > 0)
        {
            args.AddRange(["--", Folder]);
        }

        var listed = Must(Git.Run(repositoryRoot, args), "ls-tree");
        return listed.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.EndsWith(".json", StringComparison.Ordinal) && ParentOf(p) == Folder)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private string InFolder(string name) => Folder.Length > 0 ? Folder + "/" + name : name;

    private static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    private static Dictionary<string, string> Environment(string index) => new(StringComparer.Ordinal) { ["GIT_INDEX_FILE"] = index };

    /// <summary>The environment for commit-tree: git's own identity when configured, else the gate's.</summary>
    private Dictionary<string, string> Identity(Dictionary<string, string> environment)
    {
        if (Git.Run(repositoryRoot, ["var", "GIT_COMMITTER_IDENT"]).Succeeded && Git.Run(repositoryRoot, ["var", "GIT_AUTHOR_IDENT"]).Succeeded)
        {
            return environment;
        }

        return new Dictionary<string, string>(environment, StringComparer.Ordinal)
        {
            ["GIT_AUTHOR_NAME"] = "performance-gate",
            ["GIT_AUTHOR_EMAIL"] = "performance-gate@users.noreply.github.com",
            ["GIT_COMMITTER_NAME"] = "performance-gate",
            ["GIT_COMMITTER_EMAIL"] = "performance-gate@users.noreply.github.com",
        };
    }

    private static string Must(GitResult result, string step) =>
        result.Succeeded ? result.Output : throw new InvalidOperationException($"git {step} failed: {result.Error.Trim()}");
}
