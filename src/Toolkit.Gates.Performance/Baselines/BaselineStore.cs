using Toolkit.Core.IO;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>
/// A directory of JSON history files, one per recorded run (<c>&lt;date&gt;-&lt;commit&gt;.json</c> with commit, date and
/// values), kept to the newest <c>keep</c> entries. It lives in the repository, on a branch checked out beside it, or in
/// a downloaded artifact: the gate only needs the directory.
/// </summary>
internal sealed class BaselineStore(string directory) : IBaselineStore
{
    public string Directory { get; } = directory;

    public string Display => Directory;

    /// <summary>The directory's entries; a missing directory is an empty store, not a warning.</summary>
    public IReadOnlyList<HistoryEntry> Load(out string? error, out string? warning)
    {
        warning = null;
        return Load(out error);
    }

    /// <summary>Every readable entry, oldest first; a file that is not a history entry is an error with its name.</summary>
    public IReadOnlyList<HistoryEntry> Load(out string? error)
    {
        error = null;
        var entries = new List<HistoryEntry>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return entries;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var (text, problem) = UserFiles.ReadLooseText(file, file);
            if (text is null)
            {
                error = problem!.ToString();
                return [];
            }

            if (HistoryFiles.Parse(text, file, out error) is not { } entry)
            {
                return [];
            }

            entries.Add(entry);
        }

        return entries.OrderBy(e => e.Date).ToList();
    }

    /// <summary>The entry for <paramref name="commit"/> (either may be abbreviated), newest first.</summary>
    public static HistoryEntry? For(IReadOnlyList<HistoryEntry> entries, string commit)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(commit);
        return entries.LastOrDefault(e =>
            e.Commit.StartsWith(commit, StringComparison.OrdinalIgnoreCase) || commit.StartsWith(e.Commit, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Appends <paramref name="entry"/> and deletes the oldest entries beyond <paramref name="keep"/>.</summary>
    /// <returns>The file written.</returns>
    public string Record(HistoryEntry entry, int keep)
    {
        ArgumentNullException.ThrowIfNull(entry);
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, HistoryFiles.FileName(entry));
        File.WriteAllText(path, HistoryFiles.Serialize(entry));

        // File names sort by date, so the oldest go first.
        foreach (var old in HistoryFiles.Pruned(System.IO.Directory.EnumerateFiles(Directory, "*.json"), keep))
        {
            File.Delete(old);
        }

        return path;
    }
}
