using System.Runtime.CompilerServices;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.K6;

/// <summary>Running totals of one k6 metric or sub-metric, in constant memory, turned into a <see cref="K6Metric"/> at the end.</summary>
internal sealed class MetricAggregate(string name, double relativeAccuracy)
{
    private LogHistogram? histogram;

    public string Name { get; } = name;

    public string Type { get; set; } = "trend";

    public long Count { get; private set; }

    public long NonZero { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Last { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double value)
    {
        Count++;
        Sum += value;
        Last = value;
        if (value != 0)
        {
            NonZero++;
        }

        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        if (Type == "trend")
        {
            (histogram ??= new LogHistogram(relativeAccuracy)).Add(value);
        }
    }

    public K6Metric ToMetric(double durationSeconds)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        switch (Type)
        {
            case "rate":
                values["rate"] = Count == 0 ? 0 : (double)NonZero / Count;
                values["passes"] = NonZero;
                values["fails"] = Count - NonZero;
                break;
            case "counter":
                values["count"] = Sum;
                values["rate"] = durationSeconds > 0 ? Sum / durationSeconds : 0;
                break;
            case "gauge":
                values["value"] = Last;
                values["min"] = Count == 0 ? 0 : Min;
                values["max"] = Count == 0 ? 0 : Max;
                break;
            default:
                var h = histogram ?? new LogHistogram(relativeAccuracy);
                values["avg"] = h.Mean;
                values["min"] = Count == 0 ? 0 : Min;
                values["med"] = h.Quantile(0.5);
                values["max"] = Count == 0 ? 0 : Max;
                values["p(90)"] = h.Quantile(0.90);
                values["p(95)"] = h.Quantile(0.95);
                values["p(99)"] = h.Quantile(0.99);
                values["count"] = Count;
                return new K6Metric(Name, Type, values) { Percentile = h.Quantile };
        }

        values["count"] = Count;
        return new K6Metric(Name, Type, values);
    }
}
