using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>Reads the head run's results files; none configured, an unreadable one, or one holding nothing is an error.</summary>
internal static class HeadResultsCheck
{
    public static HeadResults Run(RepositoryRelative files, PerformanceOptions options, SourceLocation? sectionLocation, TextWriter log, CancellationToken cancellationToken)
    {
        if (options.Results.Count == 0)
        {
            return Failed(
                "performance-gate has no results to check: pass --results <file> or list files under 'results:' in the performance-gate section of gates.yml.",
                sectionLocation);
        }

        var streamOptions = K6Tracking.StreamOptions(options);
        var head = ResultSet.Empty;
        foreach (var input in options.Results)
        {
            var display = files.Display(input.Path);
            var read = ResultReader.Read(files.Full(input.Path), display, input.Format, streamOptions, cancellationToken);
            if (!read.Succeeded)
            {
                return Failed(read.Error!, read.Location ?? input.Location);
            }

            if (read.Results!.Benchmarks.Count == 0 && read.Results.Metrics.Count == 0)
            {
                return Failed(
                    $"{display}: no benchmarks and no k6 metrics in the file, so nothing in it can be checked; an empty BenchmarkDotNet report means every benchmark failed or none was selected by the filter. Fix the run that writes it.",
                    new SourceLocation(display, 1, 1));
            }

            log.WriteLine($"performance-gate: read {display} ({read.Results.Benchmarks.Count} benchmarks, {read.Results.Metrics.Count} k6 metrics)");
            head = head.Merge(read.Results);
        }

        return new HeadResults(head.WithCounterRates(), null);
    }

    private static HeadResults Failed(string message, SourceLocation? location) => new(null, new Unevaluable(message, location));
}
