using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>hyperfine's <c>--export-json</c>: one benchmark per command, raw run times in seconds.</summary>
internal static class HyperfineReader
{
    public static ReadOutcome Read(string path, string text, JsonElement root)
    {
        var results = new List<BenchmarkResult>();
        foreach (var run in root.GetProperty("results").EnumerateArray())
        {
            var command = JsonFiles.String(run, "command");
            var location = command is null ? new SourceLocation(path, 1, 1) : TextLocator.Find(path, text, TextLocator.Quoted(command));
            if (command is null || JsonFiles.Number(run, "mean") is not { } mean)
            {
                return ReadOutcome.Fail($"{location}: a hyperfine result needs 'command' and 'mean'; export with hyperfine --export-json.", location);
            }

            var times = new List<double>();
            if (run.TryGetProperty("times", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                times.AddRange(array.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Number).Select(t => t.GetDouble()));
            }

            results.Add(new BenchmarkResult(command, "s", Direction.SmallerIsBetter, mean, times, location));
        }

        return ReadOutcome.Ok(new ResultSet { Benchmarks = results, Sources = [path] });
    }
}
