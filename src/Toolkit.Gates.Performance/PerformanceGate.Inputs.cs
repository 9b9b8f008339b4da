using Toolkit.Core.Gates;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance;

/// <summary>Reading the head results.</summary>
public sealed partial class PerformanceGate
{
    private static ResultSet? ReadHead(GateContext context, PerformanceGateOptions options, CancellationToken cancellationToken, out GateOutcome? failure)
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

            context.Log.WriteLine($"performance-gate: read {Display(context, input.Path)} ({read.Results!.Benchmarks.Count} benchmarks, {read.Results.Metrics.Count} k6 metrics)");
            head = head.Merge(read.Results);
        }

        failure = null;
        return head;
    }
}
