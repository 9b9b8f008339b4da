using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance;

/// <summary>Finding the base: a store directory or branch (the PR base commit's entry), a history entry file, or a results file.</summary>
public sealed partial class PerformanceGate
{
    private sealed record BaseResolution(HistoryEntry? Base, IReadOnlyList<HistoryEntry> History, string? Note, GateOutcome? Failure, bool Warn = false);

    private static BaseResolution ResolveBase(GateContext context, PerformanceOptions options, CancellationToken cancellationToken)
    {
        var store = OpenStore(context, options);
        IReadOnlyList<HistoryEntry> history = [];
        string? storeWarning = null;
        if (store is not null)
        {
            history = store.Load(out var storeError, out storeWarning);
            if (storeError is not null)
            {
                return new BaseResolution(null, [], null, GateOutcome.CouldNotEvaluate(storeError, new SourceLocation(StoreDisplay(context, store))));
            }
        }

        if (options.Baseline is null)
        {
            return new BaseResolution(null, history, "no baseline configured: only thresholds and headroom were checked.", null);
        }

        if (GitBranchStore.IsBranchSpec(options.Baseline))
        {
            var branchStore = GitBranchStore.Parse(context.RepositoryRoot, options.Baseline);
            if (branchStore is null)
            {
                return new BaseResolution(null, history, null, GateOutcome.CouldNotEvaluate(
                    $"{options.Baseline}: names no branch; write branch:<name> or branch:<name>:<folder>.", context.Section?.Location));
            }

            if (storeWarning is not null && history.Count == 0)
            {
                return new BaseResolution(null, history, storeWarning, null, Warn: true);
            }

            return FromStore(options.BaseCommit ?? context.BaseRef, history, branchStore.Display);
        }

        var full = Full(context, options.Baseline);
        var display = Display(context, options.Baseline);
        if (Directory.Exists(full))
        {
            return FromStore(options.BaseCommit ?? context.BaseRef, history, display);
        }

        if (!File.Exists(full))
        {
            return new BaseResolution(null, history, null, GateOutcome.CouldNotEvaluate(
                $"{display}: baseline not found; point --baseline at a results file, a history entry or a store directory (run with --record on the base branch to create one).",
                new SourceLocation(display)));
        }

        if (ResultReader.Detect(full) != ResultFormat.K6Ndjson && TryReadEntry(full, display) is { } entry)
        {
            return new BaseResolution(entry, history, null, null);
        }

        var read = ResultReader.Read(full, display, ResultFormat.Auto, K6Tracking.StreamOptions(options), cancellationToken);
        if (!read.Succeeded)
        {
            return new BaseResolution(null, history, null, GateOutcome.CouldNotEvaluate(read.Error!, read.Location));
        }

        var values = HistoryConversion.ToValues(Comparable(read.Results!, options));
        return new BaseResolution(new HistoryEntry(options.BaseCommit ?? context.BaseRef ?? "base", File.GetLastWriteTimeUtc(full), values, read.Results!.Environment.Count == 0 ? null : read.Results.Environment), history, null, null);
    }

    private static BaseResolution FromStore(string? baseCommit, IReadOnlyList<HistoryEntry> history, string display)
    {
        if (history.Count == 0)
        {
            return new BaseResolution(null, history, $"the baseline store {display} is empty: nothing to compare with yet (record the base branch with --record).", null);
        }

        if (baseCommit is { Length: > 0 } baseRef)
        {
            if (BaselineStore.For(history, baseRef) is { } exact)
            {
                return new BaseResolution(exact, history, null, null);
            }

            var latest = history[^1];
            return new BaseResolution(latest, history, $"the PR base {Short(baseRef)} is not in {display}; compared with the latest recorded run {Short(latest.Commit)} instead.", null);
        }

        return new BaseResolution(history[^1], history, $"no PR base commit known; compared with the latest recorded run {Short(history[^1].Commit)}.", null);
    }

    /// <summary>
    /// The history store: <c>store</c> (a directory, or <c>branch:&lt;name&gt;[:&lt;folder&gt;]</c>), else the baseline
    /// when it is a branch or a directory. A branch value that names no branch opens no store.
    /// </summary>
    private static IBaselineStore? OpenStore(GateContext context, PerformanceOptions options)
    {
        var value = options.Store
            ?? (GitBranchStore.IsBranchSpec(options.Baseline) || (options.Baseline is not null && Directory.Exists(Full(context, options.Baseline))) ? options.Baseline : null);
        if (value is null)
        {
            return null;
        }

        return GitBranchStore.IsBranchSpec(value) ? GitBranchStore.Parse(context.RepositoryRoot, value) : new BaselineStore(Full(context, value));
    }

    private static string StoreDisplay(GateContext context, IBaselineStore store) =>
        store is BaselineStore directory ? Display(context, directory.Directory) : store.Display;

    private static HistoryEntry? TryReadEntry(string path, string display)
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

    private static string Short(string commit) => commit.Length > 7 ? commit[..7] : commit;
}
