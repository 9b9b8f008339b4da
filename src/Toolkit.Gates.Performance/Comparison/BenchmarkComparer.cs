using System.Globalization;
using Toolkit.Core.Statistics;
using Toolkit.Gates.Performance.Results;
using Toolkit.Gates.Performance.Statistics;

namespace Toolkit.Gates.Performance.Comparison;

/// <summary>
/// Decides whether head regressed against base. With raw samples on both sides: a one-sided Mann-Whitney U test and the
/// Hodges-Lehmann shift (Perfolizer); the benchmark fails only when the shift is both significant and at least
/// <see cref="ComparisonRule.MinEffect"/>, so noise alone never fails it. With summaries only: percentage change.
/// </summary>
internal static class BenchmarkComparer
{
    public static BenchmarkComparison Compare(BenchmarkResult? baseline, BenchmarkResult head, ComparisonRule rule)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(rule);
        if (baseline is null)
        {
            return new BenchmarkComparison(head.Key, head.Unit, head.Direction, null, head.Median, ComparisonMethod.New, false)
            {
                HeadSamples = head.Samples.Count,
                Explanation = "new benchmark: no base value to compare with.",
                Location = head.Location,
            };
        }

        return baseline.Samples.Count >= rule.MinSamples && head.Samples.Count >= rule.MinSamples
            ? WithSamples(baseline, head, rule)
            : WithSummaries(baseline, head, rule);
    }

    private static BenchmarkComparison WithSamples(BenchmarkResult baseline, BenchmarkResult head, ComparisonRule rule)
    {
        double p = ShiftTest.PValue(head.Samples, baseline.Samples, greater: head.Direction == Direction.SmallerIsBetter);
        var shift = ShiftTest.Shift(head.Samples, baseline.Samples);
        var baseMedian = Quantiles.Median(baseline.Samples);
        var shiftPercent = baseMedian == 0 ? 0 : shift / Math.Abs(baseMedian) * 100;
        var worsening = head.Direction == Direction.SmallerIsBetter ? shiftPercent : -shiftPercent;
        var significant = p < rule.Alpha;
        var large = worsening >= rule.MinEffect * 100;
        var regressed = significant && large;
        var explanation = regressed
            ? $"worse by {F(worsening)}% (Hodges-Lehmann shift), significant (Mann-Whitney p={P(p)} < {F(rule.Alpha)}) and above the {F(rule.MinEffect * 100)}% minimum effect."
            : !significant
                ? $"no significant change (Mann-Whitney p={P(p)} >= {F(rule.Alpha)}; shift {F(shiftPercent)}%)."
                : $"significant (p={P(p)}) but the {F(worsening)}% shift is below the {F(rule.MinEffect * 100)}% minimum effect.";
        return new BenchmarkComparison(head.Key, head.Unit, head.Direction, baseMedian, Quantiles.Median(head.Samples), ComparisonMethod.MannWhitney, regressed)
        {
            PValue = p,
            Shift = shift,
            ShiftPercent = shiftPercent,
            BaseSamples = baseline.Samples.Count,
            HeadSamples = head.Samples.Count,
            Explanation = explanation,
            Location = head.Location,
        };
    }

    private static BenchmarkComparison WithSummaries(BenchmarkResult baseline, BenchmarkResult head, ComparisonRule rule)
    {
        var row = new BenchmarkComparison(head.Key, head.Unit, head.Direction, baseline.Mean, head.Mean, ComparisonMethod.Percentage, false)
        {
            BaseSamples = baseline.Samples.Count,
            HeadSamples = head.Samples.Count,
            Location = head.Location,
        };
        var regressed = row.Worsening > rule.MaxRegression * 100;
        var why = WhySummaries(baseline.Samples.Count, head.Samples.Count, rule.MinSamples);
        return row with
        {
            Regressed = regressed,
            Explanation = regressed
                ? $"worse by {F(row.Worsening)}%, above the {F(rule.MaxRegression * 100)}% allowed ({why})."
                : $"change {F(row.DeltaPercent ?? 0)}% within the {F(rule.MaxRegression * 100)}% allowed ({why}).",
        };
    }

    // Says exactly why the rank test did not run: no samples at all, or too few on a side.
    private static string WhySummaries(int baseSamples, int headSamples, int minimum)
    {
        if (baseSamples == 0 && headSamples == 0)
        {
            return "summary values only: neither side recorded raw samples";
        }

        var sides = baseSamples == headSamples
            ? $"{baseSamples} raw samples on each side"
            : $"{baseSamples} raw samples in the base and {headSamples} in the head";
        return $"summary values compared: {sides}, below the minimum of {minimum} for the Mann-Whitney test";
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string P(double value) => value < 0.0001 ? "<0.0001" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
