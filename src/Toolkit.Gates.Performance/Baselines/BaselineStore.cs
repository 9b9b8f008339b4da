using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>
/// A directory of JSON history files, one per recorded run (<c>&lt;date&gt;-&lt;commit&gt;.json</c> with commit, date and
/// values), kept to the newest <c>keep</c> entries. It lives in the repository, on a branch checked out beside it, or in
/// a downloaded artifact: the gate only needs the directory.
/// </summary>
public sealed class BaselineStore(string directory)
{
    public string Directory { get; } = directory;

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
            try
            {
                var entry = JsonSerializer.Deserialize(File.ReadAllText(file), PerfJsonContext.Default.HistoryEntry);
                if (entry?.Values is null || string.IsNullOrEmpty(entry.Commit))
                {
                    error = $"{file}: not a baseline history entry (needs commit, date and values); remove it from the store.";
                    return [];
                }

                entries.Add(entry);
            }
            catch (JsonException ex)
            {
                error = $"{file}:{(ex.LineNumber ?? 0) + 1}: not a valid baseline history entry ({ex.Message.Split(". ")[0]}); remove or fix it.";
                return [];
            }
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
        var name = entry.Date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Safe(entry.Commit) + ".json";
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, JsonSerializer.Serialize(entry, PerfJsonContext.Default.HistoryEntry));

        // File names sort by date, so the oldest go first.
        var files = System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var old in files.Take(Math.Max(0, files.Count - keep)))
        {
            File.Delete(old);
        }

        return path;
    }

    private static string Safe(string commit)
    {
        var clean = new string(commit.Where(char.IsAsciiLetterOrDigit).ToArray());
        return clean.Length > 12 ? clean[..12] : clean;
    }
}
