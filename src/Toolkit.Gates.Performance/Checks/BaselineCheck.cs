using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Finds the base: a store directory or branch (the PR base commit's entry), a history entry file, or a results file.</summary>
internal static class BaselineCheck
{
    public static BaselineResolution Run(RepositoryRelative files, PerformanceOptions options, string? baseRef, SourceLocation? sectionLocation, CancellationToken cancellationToken)
    {
        var store = StoreLocator.Open(files, options);
        IReadOnlyList<HistoryEntry> history = [];
        string? storeWarning = null;
        if (store is not null)
        {
            history = store.Load(out var storeError, out storeWarning);
            if (storeError is not null)
            {
                return Failed(storeError, new SourceLocation(StoreLocator.Display(files, store)));
            }
        }

        var baseCommit = options.BaseCommit ?? baseRef;
        if (options.Baseline is null)
        {
            return new BaselineResolution(null, history, "no baseline configured: only thresholds and headroom were checked.", null);
        }

        if (GitBranchStore.IsBranchSpec(options.Baseline))
        {
            var branchStore = GitBranchStore.Parse(files.Root, options.Baseline);
            if (branchStore is null)
            {
                return Failed($"{options.Baseline}: names no branch; write branch:<name> or branch:<name>:<folder>.", sectionLocation);
            }

            if (storeWarning is not null && history.Count == 0)
            {
                return new BaselineResolution(null, history, storeWarning, null, Warn: true);
            }

            return FromStore(baseCommit, history, branchStore.Display);
        }

        var full = files.Full(options.Baseline);
        var display = files.Display(options.Baseline);
        if (Directory.Exists(full))
        {
            return FromStore(baseCommit, history, display);
        }

        if (!File.Exists(full))
        {
            return Failed(
                $"{display}: baseline not found; point --baseline at a results file, a history entry or a store directory (run with --record on the base branch to create one).",
                new SourceLocation(display));
        }

        if (ResultReader.Detect(full) != ResultFormat.K6Ndjson && HistoryEntryFile.TryRead(full, display) is { } entry)
        {
            return new BaselineResolution(entry, history, null, null);
        }

        var read = ResultReader.Read(full, display, ResultFormat.Auto, K6Tracking.StreamOptions(options), cancellationToken);
        if (!read.Succeeded)
        {
            return Failed(read.Error!, read.Location);
        }

        var benchmarks = K6Tracking.Comparable(read.Results!, options.K6Track);
        return new BaselineResolution(HistoryConversion.ToEntry(baseCommit ?? "base", File.GetLastWriteTimeUtc(full), benchmarks, read.Results!.Environment), history, null, null);
    }

    private static BaselineResolution FromStore(string? baseCommit, IReadOnlyList<HistoryEntry> history, string display)
    {
        if (history.Count == 0)
        {
            return new BaselineResolution(null, history, $"the baseline store {display} is empty: nothing to compare with yet (record the base branch with --record).", null);
        }

        if (baseCommit is { Length: > 0 } baseRef)
        {
            if (BaselineStore.For(history, baseRef) is { } exact)
            {
                return new BaselineResolution(exact, history, null, null);
            }

            var latest = history[^1];
            return new BaselineResolution(latest, history, $"the PR base {Short(baseRef)} is not in {display}; compared with the latest recorded run {Short(latest.Commit)} instead.", null);
        }

        return new BaselineResolution(history[^1], history, $"no PR base commit known; compared with the latest recorded run {Short(history[^1].Commit)}.", null);
    }

    private static BaselineResolution Failed(string message, SourceLocation? location) => new(null, [], null, new Unevaluable(message, location));

    private static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;
}
