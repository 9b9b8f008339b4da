using Toolkit.Core.Gates;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance;

/// <summary>Reading the head results.</summary>
public sealed partial class PerformanceGate
{
    private static ResultSet? ReadHead(GateContext context, PerformanceOptions options, CancellationToken cancellationToken, out GateOutcome? failure)
    {
        var streamOptions = K6Tracking.StreamOptions(options);
        var head = ResultSet.Empty;
        foreach (var input in options.Results)
        {
            var read = ResultReader.Read(Full(context, input.Path), Display(context, input.Path), input.Format, streamOptions, cancellationToken);
            if (!read.Succeeded)
            {
                failure = GateOutcome.CouldNotEvaluate(read.Error!, read.Location ?? input.Location);
                return null;
            }

            if (read.Results!.Benchmarks.Count == 0 && read.Results.Metrics.Count == 0)
            {
                var display = Display(context, input.Path);
                failure = GateOutcome.CouldNotEvaluate(
                    $"{display}: no benchmarks and no k6 metrics in the file, so nothing in it can be checked; an empty BenchmarkDotNet report means every benchmark failed or none was selected by the filter. Fix the run that writes it.",
                    new Core.Verdicts.SourceLocation(display, 1, 1));
                return null;
            }

            context.Log.WriteLine($"performance-gate: read {Display(context, input.Path)} ({read.Results!.Benchmarks.Count} benchmarks, {read.Results.Metrics.Count} k6 metrics)");
            head = head.Merge(read.Results);
        }

        failure = null;
        return head.WithCounterRates();
    }
}
