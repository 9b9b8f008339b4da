using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary><c>--record</c>: appends the head's entry to the store (on merge), keeping the newest <c>keep</c>.</summary>
internal static class HeadRecorder
{
    /// <returns>Why the head could not be recorded, or null when it was.</returns>
    public static string? Record(RepositoryRelative files, PerformanceOptions options, HistoryEntry head, TextWriter log)
    {
        var store = StoreLocator.Open(files, options);
        if (store is null)
        {
            return "--record needs a store: set 'store' in the performance-gate section of gates.yml or pass --store <dir> or --store branch:<name>[:<folder>] (or one of those as --baseline).";
        }

        if (options.Commit is null && Git.Head(files.Root) is null)
        {
            return "--record needs the head commit: run inside a git checkout or pass --commit <sha>.";
        }

        string written;
        try
        {
            written = store is BaselineStore directory ? files.Display(directory.Record(head, options.Keep)) : store.Record(head, options.Keep);
        }
        catch (InvalidOperationException ex)
        {
            return $"recording into {StoreLocator.Display(files, store)} failed: {ex.Message}";
        }

        log.WriteLine($"performance-gate: recorded {head.Values.Count} values for {head.Commit} in {written}");
        return null;
    }
}
