using System.Text.Json;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>
/// github-action-benchmark's <c>customSmallerIsBetter</c> / <c>customBiggerIsBetter</c> JSON: an array of
/// <c>{name, unit, value, range?, extra?}</c>, so users can switch without changing their benchmark step.
/// </summary>
internal static class CustomBenchmarkReader
{
    public static ReadOutcome Read(string path, string text, JsonElement root, Direction direction)
    {
        var results = new List<BenchmarkResult>();
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            index++;
            var name = JsonFiles.String(item, "name");
            var location = name is null ? new SourceLocation(path, 1, 1) : TextLocator.Find(path, text, TextLocator.Quoted(name));
            if (name is null || JsonFiles.Number(item, "value") is not { } value)
            {
                return ReadOutcome.Fail($"{location}: entry {index} needs a string 'name' and a numeric 'value' (github-action-benchmark custom format).", location);
            }

            results.Add(new BenchmarkResult(name, JsonFiles.String(item, "unit") ?? string.Empty, direction, value, [], location));
        }

        return ReadOutcome.Ok(new ResultSet { Benchmarks = results, Sources = [path] });
    }
}
