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

        return ReadOutcome.Ok(new ResultSet { Benchmarks = results, Environment = Environment(root, benchmarks), Sources = [path] });
    }

    // HostEnvironmentInfo and the job of every benchmark ("Type.Method: ShortRun(IterationCount=3) [Size=10]").
    private static Dictionary<string, string> Environment(JsonElement root, JsonElement benchmarks)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("HostEnvironmentInfo", out var host) && host.ValueKind == JsonValueKind.Object)
        {
            foreach (var (key, property) in new[]
            {
                ("tool", "BenchmarkDotNetVersion"), ("runtime", "RuntimeVersion"), ("os", "OsVersion"), ("cpu", "ProcessorName"),
                ("architecture", "Architecture"), ("sdk", "DotNetCliVersion"), ("configuration", "Configuration"),
            })
            {
                if (JsonFiles.String(host, property) is { Length: > 0 } value)
                {
                    environment[key] = key == "tool" ? "BenchmarkDotNet " + value : value;
                }
            }

            if (JsonFiles.Number(host, "LogicalCoreCount") is { } cores)
            {
                environment["cores"] = cores.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (host.TryGetProperty("HasAttachedDebugger", out var debugger) && debugger.ValueKind == JsonValueKind.True)
            {
                environment["debugger"] = "attached";
            }
        }

        var jobs = benchmarks.EnumerateArray()
            .Select(b => JsonFiles.String(b, "DisplayInfo"))
            .OfType<string>()
            .Select(Job)
            .Where(j => j.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (jobs.Count > 0)
        {
            environment["job"] = string.Join("; ", jobs);
        }

        return environment;
    }

    private static string Job(string displayInfo)
    {
        var colon = displayInfo.IndexOf(": ", StringComparison.Ordinal);
        var job = colon < 0 ? string.Empty : displayInfo[(colon + 2)..];
        var parameters = job.IndexOf(" [", StringComparison.Ordinal);
        return (parameters < 0 ? job : job[..parameters]).Trim();
    }

    private static List<double> Samples(JsonElement benchmark)
    {
        var samples = new List<double>();
        if (benchmark.TryGetProperty("Measurements", out var measurements) && measurements.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in measurements.EnumerateArray())
            {
                if (JsonFiles.String(m, "IterationMode") == "Workload" && JsonFiles.String(m, "IterationStage") == "Result"
                    && JsonFiles.Number(m, "Operations") is { } ops and > 0 && JsonFiles.Number(m, "Nanoseconds") is { } ns)
                {
                    samples.Add(ns / ops);
                }
            }
        }

        // The "full-compressed" export keeps only pilot measurements; Statistics.OriginalValues are the same ns/op results.
        if (samples.Count == 0 && benchmark.TryGetProperty("Statistics", out var statistics)
            && statistics.TryGetProperty("OriginalValues", out var original) && original.ValueKind == JsonValueKind.Array)
        {
            samples.AddRange(original.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()));
        }

        return samples;
    }
}
