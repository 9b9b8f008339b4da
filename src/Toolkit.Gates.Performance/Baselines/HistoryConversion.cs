using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Baselines;

/// <summary>Turns benchmark results into history values and back.</summary>
internal static class HistoryConversion
{
    /// <summary>Samples kept per benchmark; enough for the rank test, small enough to keep the store reviewable.</summary>
    public const int MaxSamples = 500;

    /// <summary>A run as the store records it; an empty environment is left out.</summary>
    public static HistoryEntry ToEntry(string commit, DateTimeOffset date, IEnumerable<BenchmarkResult> benchmarks, IReadOnlyDictionary<string, string> environment) =>
        new(commit, date, ToValues(benchmarks), environment.Count == 0 ? null : environment);

    public static Dictionary<string, RecordedValue> ToValues(IEnumerable<BenchmarkResult> benchmarks)
    {
        var values = new Dictionary<string, RecordedValue>(StringComparer.Ordinal);
        foreach (var b in benchmarks)
        {
            values[b.Key] = new RecordedValue(
                b.Unit,
                b.Direction == Direction.BiggerIsBetter ? "bigger" : "smaller",
                b.Mean,
                b.Samples.Count == 0 ? null : b.Samples.Take(MaxSamples).ToList());
        }

        return values;
    }

    public static List<BenchmarkResult> ToBenchmarks(HistoryEntry entry, string path) =>
        entry.Values.Select(v => new BenchmarkResult(
            v.Key,
            v.Value.Unit,
            v.Value.Direction == "bigger" ? Direction.BiggerIsBetter : Direction.SmallerIsBetter,
            v.Value.Value,
            v.Value.Samples ?? [],
            new Core.Verdicts.SourceLocation(path))).ToList();
}
