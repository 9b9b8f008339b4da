using System.Globalization;
using System.Text.Json;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>
/// The on-disk shape shared by every store: one <c>&lt;date&gt;-&lt;commit&gt;.json</c> file per entry, names sorting
/// by date, read and written with the same serializer whether the file sits in a directory or on a git branch.
/// </summary>
internal static class HistoryFiles
{
    /// <summary>The file name of <paramref name="entry"/>; names sort oldest first.</summary>
    public static string FileName(HistoryEntry entry) =>
        entry.Date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Safe(entry.Commit) + ".json";

    public static string Serialize(HistoryEntry entry) => JsonSerializer.Serialize(entry, PerfJsonContext.Default.HistoryEntry);

    /// <summary>Parses one history file; <paramref name="error"/> names <paramref name="display"/> when it is not an entry.</summary>
    public static HistoryEntry? Parse(string text, string display, out string? error)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(text, PerfJsonContext.Default.HistoryEntry);
            if (entry?.Values is null || string.IsNullOrEmpty(entry.Commit))
            {
                error = $"{display}: not a baseline history entry (needs commit, date and values); remove it from the store.";
                return null;
            }

            error = null;
            return entry;
        }
        catch (JsonException ex)
        {
            error = $"{display}:{(ex.LineNumber ?? 0) + 1}: not a valid baseline history entry ({ex.Message.Split(". ")[0]}); remove or fix it.";
            return null;
        }
    }

    /// <summary>The names to delete so that <paramref name="keep"/> remain, the oldest first.</summary>
    public static IEnumerable<string> Pruned(IEnumerable<string> names, int keep)
    {
        var ordered = names.Order(StringComparer.Ordinal).ToList();
        return ordered.Take(Math.Max(0, ordered.Count - keep));
    }

    private static string Safe(string commit)
    {
        var clean = new string(commit.Where(char.IsAsciiLetterOrDigit).ToArray());
        return clean.Length > 12 ? clean[..12] : clean;
    }
}
