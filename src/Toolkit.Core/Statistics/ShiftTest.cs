using Perfolizer;
using Perfolizer.Mathematics.GenericEstimators;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;

namespace Toolkit.Core.Statistics;

/// <summary>
/// Whether one sample sits above another, the way performance-gate compares benchmark runs and the canary judge
/// compares canary with baseline: a one-sided Mann-Whitney U test and the Hodges-Lehmann shift (Perfolizer's, the
/// estimators BenchmarkDotNet uses).
/// </summary>
public static class ShiftTest
{
    /// <summary>The p-value of the hypothesis that <paramref name="x"/> is greater (or, when false, less) than <paramref name="y"/>.</summary>
    public static double PValue(IReadOnlyList<double> x, IReadOnlyList<double> y, bool greater)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var alternative = greater ? AlternativeHypothesis.Greater : AlternativeHypothesis.Less;
        return MannWhitneyTest.Instance.Perform(new Sample([.. x]), new Sample([.. y]), alternative, Threshold.Zero).PValue;
    }

    /// <summary>The Hodges-Lehmann estimate of how far <paramref name="x"/> is shifted from <paramref name="y"/>.</summary>
    public static double Shift(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return HodgesLehmannEstimator.Instance.Shift(new Sample([.. x]), new Sample([.. y]));
    }
}
