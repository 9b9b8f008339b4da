using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Readers;

/// <summary>
/// <c>go test -bench</c> text: <c>BenchmarkX-8  1000  1052 ns/op  208 B/op  3 allocs/op</c>. Every value/unit pair is a
/// benchmark (<c>BenchmarkX-8</c>, <c>BenchmarkX-8 (B/op)</c> ...); repeated lines (<c>-count=N</c>) are raw samples.
/// </summary>
internal static class GoBenchReader
{
    public static bool Looks(string text) =>
        text.Split('\n').Any(l => l.StartsWith("Benchmark", StringComparison.Ordinal) && l.Contains("/op", StringComparison.Ordinal));

    public static ReadOutcome Read(string path, string text)
    {
        var samples = new Dictionary<string, (string Unit, SourceLocation Location, List<double> Values)>(StringComparer.Ordinal);
        var order = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (!line.StartsWith("Benchmark", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

            // Name, iterations, then value/unit pairs; a line that does not fit is a benchmark's log output, not a result.
            if (fields.Length < 4 || !long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _) || (fields.Length - 2) % 2 != 0)
            {
                continue;
            }

            for (var f = 2; f + 1 < fields.Length; f += 2)
            {
                if (!double.TryParse(fields[f], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    var at = new SourceLocation(path, i + 1, line.IndexOf(fields[f], StringComparison.Ordinal) + 1);
                    return ReadOutcome.Fail($"{at}: '{fields[f]}' is not a finite number in a Go benchmark line; go test writes finite values, so the file is damaged.", at);
                }

                var unit = fields[f + 1];
                var key = f == 2 ? fields[0] : $"{fields[0]} ({unit})";
                if (!samples.TryGetValue(key, out var entry))
                {
                    entry = (unit, new SourceLocation(path, i + 1, 1), []);
                    samples[key] = entry;
                    order.Add(key);
                }

                entry.Values.Add(value);
            }
        }

        if (order.Count == 0)
        {
            return ReadOutcome.Fail($"{path}: no Go benchmark lines (Benchmark<Name> <N> <value> <unit>...) found; save the output of go test -bench.", new SourceLocation(path, 1, 1));
        }

        // go test prints where it ran before the results: goos, goarch, cpu (pkg names the code, not the machine).
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in lines.Select(l => l.TrimEnd('\r')))
        {
            foreach (var (prefix, key) in new[] { ("goos: ", "os"), ("goarch: ", "architecture"), ("cpu: ", "cpu") })
            {
                if (header.StartsWith(prefix, StringComparison.Ordinal))
                {
                    environment.TryAdd(key, header[prefix.Length..].Trim());
                }
            }
        }

        var results = order.Select(key =>
        {
            var (unit, location, values) = samples[key];
            var direction = unit.EndsWith("/s", StringComparison.Ordinal) ? Direction.BiggerIsBetter : Direction.SmallerIsBetter;

            // One run is a summary, several runs (-count=N) are samples.
            return new BenchmarkResult(key, unit, direction, values.Average(), values.Count > 1 ? values : [], location);
        }).ToList();
        return ReadOutcome.Ok(new ResultSet { Benchmarks = results, Environment = environment, Sources = [path] });
    }
}
