using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// Exact trend percentiles: after the first read every trend plans the ranks k6's interpolation needs, and the stream
/// is read again (only the lines of those metrics are parsed) until every rank is selected.
/// </summary>
internal sealed partial class K6StreamReader
{
    // 64-bit ranges narrowed 4,096 times per read end within 6 reads; more means the file changed under us.
    private const int MaxSelectionReads = 10;

    private ReadOutcome? SelectPercentiles(Stream stream, string displayPath, CancellationToken cancellationToken)
    {
        var aggregates = entries.SelectMany(e => e.SubMetrics.Select(s => s.Aggregate).Prepend(e.Aggregate)).ToList();
        foreach (var aggregate in aggregates)
        {
            aggregate.PlanPercentiles(options.Percentiles.Prepend(50));
        }

        for (var reads = 0; aggregates.Any(a => a.HasPending); reads++)
        {
            if (!stream.CanSeek)
            {
                return Fail(displayPath, 1, "exact percentiles need to read the file twice; give the gate a file, not a pipe.");
            }

            if (reads == MaxSelectionReads)
            {
                return Fail(displayPath, 1, "the file changed while it was read; let k6 finish writing it before running the gate.");
            }

            var budget = options.SelectionBudget;
            foreach (var selection in aggregates.SelectMany(a => a.Pending).OrderBy(s => s.InRange))
            {
                var keep = selection.InRange <= budget;
                budget -= keep ? selection.InRange : 0;
                selection.BeginPass(keep);
            }

            foreach (var entry in entries)
            {
                entry.BeginSelectionRead();
            }

            stream.Seek(0, SeekOrigin.Begin);
            selecting = true;
            var failure = Scan(stream, displayPath, cancellationToken);
            selecting = false;
            if (failure is not null)
            {
                return failure;
            }

            foreach (var selection in aggregates.SelectMany(a => a.Pending).ToList())
            {
                selection.EndPass();
            }
        }

        return null;
    }

    /// <summary>Whether a selection read can skip the point of <paramref name="entry"/> without parsing it.</summary>
    private static bool Skippable(MetricEntry entry) => !entry.Selecting;
}
