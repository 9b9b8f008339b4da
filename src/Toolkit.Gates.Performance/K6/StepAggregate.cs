using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.K6;

/// <summary>Running totals of one load level of a stepped run.</summary>
internal sealed class StepAggregate(double load, double relativeAccuracy)
{
    private readonly LogHistogram latency = new(relativeAccuracy);
    private long failed;
    private long checkedCount;
    private double first = double.PositiveInfinity;
    private double last = double.NegativeInfinity;

    public void Add(MetricRole role, double value, double time)
    {
        if (role == MetricRole.Latency)
        {
            latency.Add(value);
            if (!double.IsNaN(time))
            {
                first = Math.Min(first, time);
                last = Math.Max(last, time);
            }
        }
        else if (role == MetricRole.Errors)
        {
            checkedCount++;
            if (value != 0)
            {
                failed++;
            }
        }
    }

    public LoadStep ToStep() => new(load, latency, failed, checkedCount, last > first ? last - first : 0);
}
