using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>
/// BenchmarkDotNet's full JSON export (<c>*-report-full.json</c>): the mean from <c>Statistics</c>, raw ns/op samples from
/// the <c>Workload</c>/<c>Result</c> measurements, and allocated bytes per operation as a second benchmark when present.
/// </summary>
internal static class BenchmarkDotNetReader
{
    public static ReadOutcome Read(string path, string text, JsonElement root)
    {
        if (!root.TryGetProperty("Benchmarks", out var benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
        {
            return ReadOutcome.Fail($"{path}: a BenchmarkDotNet report needs a 'Benchmarks' array; export it with the JSON exporter (--exporters json).", new SourceLocation(path, 1, 1));
        }

        var results = new List<BenchmarkResult>();
        foreach (var benchmark in benchmarks.EnumerateArray())
        {
            var name = JsonFiles.String(benchmark, "FullName")
                ?? string.Join('.', new[] { JsonFiles.String(benchmark, "Type"), JsonFiles.String(benchmark, "Method") }.Where(s => s is not null));
            var location = TextLocator.Find(path, text, TextLocator.Quoted(name));
            if (string.IsNullOrEmpty(name))
            {
                return ReadOutcome.Fail($"{path}: a benchmark has neither FullName nor Type and Method.", new SourceLocation(path, 1, 1));
            }

            if (!benchmark.TryGetProperty("Statistics", out var statistics) || JsonFiles.Number(statistics, "Mean") is not { } mean)
            {
                return ReadOutcome.Fail($"{location}: benchmark '{name}' has no Statistics (it failed or did not run); fix the benchmark and run it again.", location);
            }

            results.Add(new BenchmarkResult(name, "ns", Direction.SmallerIsBetter, mean, Samples(benchmark), location));
            if (benchmark.TryGetProperty("Memory", out var memory) && JsonFiles.Number(memory, "BytesAllocatedPerOperation") is { } bytes)
            {
                results.Add(new BenchmarkResult(name + " [allocated]", "B", Direction.SmallerIsBetter, bytes, [], location));
            }
        }

        return ReadOutcome.Ok(new ResultSet { Benchmarks = results, Sources = [path] });
    }

    private static List<double> Samples(JsonElement benchmark)
    {
        var samples = new List<double>();
        if (!benchmark.TryGetProperty("Measurements", out var measurements) || measurements.ValueKind != JsonValueKind.Array)
        {
            return samples;
        }

        foreach (var m in measurements.EnumerateArray())
        {
            if (JsonFiles.String(m, "IterationMode") == "Workload" && JsonFiles.String(m, "IterationStage") == "Result"
                && JsonFiles.Number(m, "Operations") is { } ops and > 0 && JsonFiles.Number(m, "Nanoseconds") is { } ns)
            {
                samples.Add(ns / ops);
            }
        }

        return samples;
    }
}
