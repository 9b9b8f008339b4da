using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance;

/// <summary>Finding the base: a store directory (the PR base commit's entry), a history entry file, or a results file.</summary>
public sealed partial class PerformanceGate
{
    private sealed record BaseResolution(HistoryEntry? Base, IReadOnlyList<HistoryEntry> History, string? Note, GateOutcome? Failure);

    private static BaseResolution ResolveBase(GateContext context, PerformanceGateOptions options, CancellationToken cancellationToken)
    {
        var storeDirectory = StoreDirectory(context, options);
        IReadOnlyList<HistoryEntry> history = [];
        if (storeDirectory is not null)
        {
            history = new BaselineStore(storeDirectory).Load(out var storeError);
            if (storeError is not null)
            {
                return new BaseResolution(null, [], null, GateOutcome.CouldNotEvaluate(storeError, new SourceLocation(Display(context, storeDirectory))));
            }
        }

        if (options.Baseline is null)
        {
            return new BaseResolution(null, history, "no baseline configured: only thresholds and headroom were checked.", null);
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

        if (ResultReader.Detect(full) != ResultFormat.K6Ndjson && TryReadEntry(full) is { } entry)
        {
            return new BaseResolution(entry, history, null, null);
        }

        var read = ResultReader.Read(full, display, ResultFormat.Auto, new K6StreamOptions { SubMetrics = K6Tracking.SubMetrics(options) }, cancellationToken);
        if (!read.Succeeded)
        {
            return new BaseResolution(null, history, null, GateOutcome.CouldNotEvaluate(read.Error!, read.Location));
        }

        var values = HistoryConversion.ToValues(Comparable(read.Results!, options));
        return new BaseResolution(new HistoryEntry(options.BaseCommit ?? context.BaseRef ?? "base", File.GetLastWriteTimeUtc(full), values), history, null, null);
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

    private static string? StoreDirectory(GateContext context, PerformanceGateOptions options)
    {
        if (options.Store is not null)
        {
            return Full(context, options.Store);
        }

        return options.Baseline is not null && Directory.Exists(Full(context, options.Baseline)) ? Full(context, options.Baseline) : null;
    }

    private static HistoryEntry? TryReadEntry(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
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
