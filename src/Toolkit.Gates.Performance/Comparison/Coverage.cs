using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Baselines;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Rules;

namespace Toolkit.Gates.Performance.Comparison;

/// <summary>
/// What the comparison with the base covered: benchmarks only in the base (removed or renamed) and only in the head
/// (added) are listed, so "3 compared" never hides that 40 were not.
/// </summary>
internal static class Coverage
{
    private const int Listed = 10;

    public static IEnumerable<Finding> Findings(HistoryEntry? baseEntry, ResultSet head, IReadOnlyList<BenchmarkResult> headBenchmarks)
    {
        if (baseEntry is null || baseEntry.Values.Count == 0)
        {
            yield break;
        }

        var headKeys = headBenchmarks.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        var removed = baseEntry.Values.Keys.Where(k => !headKeys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        var added = headBenchmarks.Select(b => b.Key).Where(k => !baseEntry.Values.ContainsKey(k)).ToList();
        var shared = baseEntry.Values.Count - removed.Count;
        var location = new SourceLocation(head.Sources.FirstOrDefault() ?? string.Empty);
        if (removed.Count > 0)
        {
            var share = shared == 0
                ? "The head shares no benchmark with the baseline"
                : $"Only {shared} of the baseline's {baseEntry.Values.Count} benchmarks were compared";
            yield return PerformanceRules.BenchmarksMissing.Find(
                Severity.Warning,
                $"{share}: {removed.Count} baseline benchmark(s) are missing from the head results and were not checked: {List(removed)}. If they were renamed or removed on purpose, record a new baseline; otherwise make the head run them again.",
                location);
        }

        if (added.Count > 0)
        {
            yield return PerformanceRules.BenchmarksNew.Find(
                Severity.Note,
                $"{added.Count} benchmark(s) are new in the head, with no base value to compare with: {List(added)}.",
                location);
        }
    }

    /// <summary>Why nothing was compared, for the error that says the gate checked nothing.</summary>
    public static string WhyNothingCompared(HistoryEntry? baseEntry, string? baseNote, IReadOnlyList<BenchmarkResult> headBenchmarks)
    {
        if (baseEntry is null)
        {
            return baseNote is null ? "no baseline" : baseNote.Replace(": only thresholds and headroom were checked", string.Empty, StringComparison.Ordinal).TrimEnd('.');
        }

        if (headBenchmarks.Count == 0)
        {
            return $"the head results hold no benchmark to compare with the baseline's {baseEntry.Values.Count}";
        }

        return $"the head's {headBenchmarks.Count} benchmark(s) ({List(headBenchmarks.Select(b => b.Key).ToList())}) share none with the baseline's {baseEntry.Values.Count} ({List(baseEntry.Values.Keys.Order(StringComparer.Ordinal).ToList())})";
    }

    private static string List(IReadOnlyList<string> keys) =>
        string.Join(", ", keys.Take(Listed)) + (keys.Count > Listed ? $" and {keys.Count - Listed} more" : string.Empty);
}
