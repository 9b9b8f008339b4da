using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.Tests.Statistics;

public sealed class LogHistogramTests
{
    private static double[] LogNormal(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Math.Exp(5 + (0.8 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))))
            .ToArray();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.95)]
    [InlineData(0.99)]
    [InlineData(0.999)]
    public void Quantiles_are_within_one_percent_of_the_exact_k6_percentile(double q)
    {
        // Given a long-tailed latency distribution
        var values = LogNormal(50_000, 7);
        var histogram = new LogHistogram();

        // When every value goes into the histogram
        foreach (var value in values)
        {
            histogram.Add(value);
        }

        // Then the quantile is within the stated 1% of the exact one
        var exact = Quantiles.Of(values, q);
        Assert.InRange(Math.Abs(histogram.Quantile(q) - exact) / exact, 0, 0.01);
    }

    [Fact]
    public void Merging_two_histograms_gives_the_same_quantiles_as_one_histogram_of_all_values()
    {
        // Given the same values split over two histograms and all in a third
        var values = LogNormal(10_000, 3);
        var left = new LogHistogram();
        var right = new LogHistogram();
        var all = new LogHistogram();
        for (var i = 0; i < values.Length; i++)
        {
            (i % 2 == 0 ? left : right).Add(values[i]);
            all.Add(values[i]);
        }

        // When the halves are merged
        left.Merge(right);

        // Then counts, extremes and quantiles agree
        Assert.Equal(all.Count, left.Count);
        Assert.Equal(all.Max, left.Max);
        Assert.Equal(all.Quantile(0.95), left.Quantile(0.95));
        Assert.Equal(all.Sum, left.Sum, 6);
    }

    [Fact]
    public void An_empty_histogram_reports_zero_like_k6_and_zeros_are_kept_exactly()
    {
        var histogram = new LogHistogram();
        Assert.Equal(0, histogram.Quantile(0.95));

        histogram.Add(0);
        histogram.Add(0);
        histogram.Add(10);
        Assert.Equal(0, histogram.Quantile(0.5));
        Assert.Equal(10, histogram.Quantile(1));
    }
}
