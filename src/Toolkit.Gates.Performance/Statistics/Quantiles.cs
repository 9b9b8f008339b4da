namespace Toolkit.Gates.Performance.Statistics;

/// <summary>Exact quantiles over small in-memory samples, computed the way k6 computes trend percentiles.</summary>
internal static class Quantiles
{
    public static double Median(IReadOnlyList<double> values) => Of(values, 0.5);

    /// <summary>
    /// k6's <c>TrendSink.P</c>: sort, then linear interpolation at rank <c>q * (n - 1)</c>; 0 for no values.
    /// </summary>
    public static double Of(IReadOnlyList<double> values, double q)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        return OfSorted(sorted, q);
    }

    public static double OfSorted(double[] sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0)
        {
            return 0;
        }

        if (sorted.Length == 1)
        {
            return sorted[0];
        }

        var rank = q * (sorted.Length - 1);
        var low = sorted[(int)Math.Floor(rank)];
        var high = sorted[(int)Math.Ceiling(rank)];
        return low + ((high - low) * (rank - Math.Floor(rank)));
    }
}
