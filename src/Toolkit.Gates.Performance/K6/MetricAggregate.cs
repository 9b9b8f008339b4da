using System.Runtime.CompilerServices;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.K6;

/// <summary>
/// Running totals of one k6 metric or sub-metric, turned into a <see cref="K6Metric"/> with exactly the values k6's
/// sinks (metrics/sink.go) give at the end of the run. Trend percentiles are exact: the first read keeps a
/// <see cref="LogHistogram"/>, further reads select the ranks k6's interpolation needs (<see cref="RankSelection"/>).
/// </summary>
internal sealed class MetricAggregate(string name, double relativeAccuracy)
{
    private readonly Dictionary<long, RankSelection> selections = [];
    private LogHistogram? histogram;

    public string Name { get; } = name;

    public string Type { get; set; } = "trend";

    public long Count { get; private set; }

    public long NonZero { get; private set; }

    public double Sum { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    /// <summary>k6's GaugeSink starts its maximum at 0, so a gauge of only negative values reports max 0.</summary>
    public double GaugeMax { get; private set; }

    public double Last { get; private set; }

    /// <summary>Whether the current selection read has ranks to select (set by <see cref="BeginSelectionRead"/>).</summary>
    public bool Selecting { get; private set; }

    /// <summary>Whether any rank is still unselected.</summary>
    public bool HasPending => selections.Values.Any(s => s.Result is null);

    public IEnumerable<RankSelection> Pending => selections.Values.Where(s => s.Result is null);

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
        GaugeMax = Math.Max(GaugeMax, value);
        if (Type == "trend")
        {
            (histogram ??= new LogHistogram(relativeAccuracy)).Add(value);
        }
    }

    /// <summary>Plans the exact selection of every rank k6's <c>P(p / 100)</c> reads, for each percentile p.</summary>
    public void PlanPercentiles(IEnumerable<double> percentiles)
    {
        if (Type != "trend" || histogram is null || Count < 2)
        {
            return;
        }

        foreach (var p in percentiles)
        {
            var rank = Rank(p);
            foreach (var r in new[] { (long)Math.Floor(rank), (long)Math.Ceiling(rank) })
            {
                if (!selections.ContainsKey(r))
                {
                    selections[r] = new RankSelection(r, histogram);
                }
            }
        }
    }

    /// <summary>Notes whether this read selects anything here, so points of finished metrics are skipped cheaply.</summary>
    public void BeginSelectionRead() => Selecting = HasPending;

    /// <summary>A value seen again on a selection read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(double value)
    {
        var key = histogram!.KeyOf(value);
        foreach (var selection in selections.Values)
        {
            selection.Offer(value, key);
        }
    }

    public K6Metric ToMetric(IEnumerable<double> percentiles)
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

                break;
            case "gauge":
                values["value"] = Last;
                values["min"] = Count == 0 ? 0 : Min;
                values["max"] = GaugeMax;
                break;
            default:
                values["avg"] = Count == 0 ? 0 : Sum / Count;
                values["min"] = Count == 0 ? 0 : Min;
                values["med"] = Percentile(50);
                values["max"] = Count == 0 ? 0 : Max;
                foreach (var p in percentiles)
                {
                    values[ThresholdExpression.FormatPercentile(p)] = Percentile(p);
                }

                values["count"] = Count;
                break;
        }

        return new K6Metric(Name, Type, values) { SampleCount = Count };
    }

    // k6's TrendSink.P: i = pct * (count - 1) over the sorted values, linear interpolation between floor(i) and ceil(i).
    private double Percentile(double p)
    {
        if (Count == 0)
        {
            return 0;
        }

        if (Count == 1)
        {
            return Min;
        }

        var rank = Rank(p);
        var j = selections[(long)Math.Floor(rank)].Result ?? double.NaN;
        var k = selections[(long)Math.Ceiling(rank)].Result ?? double.NaN;
        return j + ((k - j) * (rank - Math.Floor(rank)));
    }

    private double Rank(double p) => p / 100 * (Count - 1.0);
}
