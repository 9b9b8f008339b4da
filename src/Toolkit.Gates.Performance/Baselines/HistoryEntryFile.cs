using System.Text.Json;
using Toolkit.Core.IO;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>A single history entry given as the baseline file (one recorded run, outside a store).</summary>
internal static class HistoryEntryFile
{
    /// <summary>The entry, or null when the file is not one (it is then read as results).</summary>
    public static HistoryEntry? TryRead(string path, string display)
    {
        // A file that cannot be read is not an entry; reading it as results then reports why, naming it.
        if (UserFiles.ReadBytes(path, display).Bytes is not { } bytes)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("commit", out _) || !document.RootElement.TryGetProperty("values", out _))
            {
                return null;
            }

            return document.RootElement.Deserialize(PerfJsonContext.Default.HistoryEntry);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
