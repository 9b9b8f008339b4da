using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Tests.Comparison;

public sealed class BenchmarkComparerTests
{
    private static BenchmarkResult Bench(double mean, double spread, int seed, int n = 20, Direction direction = Direction.SmallerIsBetter)
    {
        var random = new Random(seed);
        var samples = Enumerable.Range(0, n).Select(_ => mean + ((random.NextDouble() - 0.5) * 2 * spread)).ToList();
        return new BenchmarkResult("B", "ns", direction, samples.Average(), samples);
    }

    [Fact]
    public void A_thirty_percent_slowdown_with_low_noise_is_a_significant_regression()
    {
        var result = BenchmarkComparer.Compare(Bench(1000, 10, 1), Bench(1300, 10, 2), new ComparisonRule());

        Assert.True(result.Regressed);
        Assert.Equal(ComparisonMethod.MannWhitney, result.Method);
        Assert.InRange(result.ShiftPercent!.Value, 28, 32);
        Assert.True(result.PValue < 0.001);
    }

    [Fact]
    public void The_same_mean_with_noisy_samples_is_not_a_regression()
    {
        var result = BenchmarkComparer.Compare(Bench(1000, 10, 1), Bench(1000, 300, 3), new ComparisonRule());

        Assert.False(result.Regressed);
        Assert.Contains("no significant change", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_significant_but_tiny_shift_stays_below_the_minimum_effect()
    {
        var result = BenchmarkComparer.Compare(Bench(1000, 2, 1, n: 200), Bench(1010, 2, 2, n: 200), new ComparisonRule { MinEffect = 0.05 });

        Assert.True(result.PValue < 0.05);
        Assert.False(result.Regressed);
        Assert.Contains("below the 5% minimum effect", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void For_bigger_is_better_a_drop_is_the_regression()
    {
        var result = BenchmarkComparer.Compare(
            Bench(1000, 10, 1, direction: Direction.BiggerIsBetter), Bench(700, 10, 2, direction: Direction.BiggerIsBetter), new ComparisonRule());

        Assert.True(result.Regressed);
        Assert.InRange(result.Worsening, 28, 32);
    }

    [Fact]
    public void Without_samples_the_percentage_threshold_decides()
    {
        var baseline = new BenchmarkResult("B", "ms", Direction.SmallerIsBetter, 100, []);

        Assert.True(BenchmarkComparer.Compare(baseline, baseline with { Mean = 111 }, new ComparisonRule()).Regressed);
        Assert.False(BenchmarkComparer.Compare(baseline, baseline with { Mean = 109 }, new ComparisonRule()).Regressed);
        Assert.Equal(ComparisonMethod.Percentage, BenchmarkComparer.Compare(baseline, baseline with { Mean = 109 }, new ComparisonRule()).Method);
    }

    [Fact]
    public void Rules_match_benchmark_names_with_wildcards()
    {
        Assert.True(new ComparisonRule("*Parser*.Parse*").Matches("Toolkit.ParserBenchmarks.ParseLarge"));
        Assert.False(new ComparisonRule("*Serializer*").Matches("Toolkit.ParserBenchmarks.ParseLarge"));
    }
}
