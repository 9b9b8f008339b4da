using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Tests.Checks;

/// <summary>Measurements made up in memory, so the checks are tested without Prometheus.</summary>
internal static class CheckData
{
    public static readonly SourceLocation At = new("golden_paths.yaml", 4, 7);

    public static Sli Availability(NoDataPolicy onNoData = NoDataPolicy.Error) =>
        new("availability", SliKind.Ratio, At) { ErrorQuery = "errors[{{window}}]", TotalQuery = "total[{{window}}]", OnNoData = onNoData };

    /// <summary>A ratio SLI whose first workbook pair of <paramref name="level"/> burns at <paramref name="burn"/> on both windows.</summary>
    public static SliResult Burning(BurnLevel level, double burn) => new(Availability())
    {
        ErrorRate = burn * 0.001,
        BudgetRemaining = 0.5,
        Pairs = [.. WindowPair.Workbook.Select(p => new PairResult(p, p.Level == level ? burn : 0, p.Level == level ? burn : 0))],
    };

    public static SliResult NoData(NoDataPolicy policy) => new(Availability(policy)) { NoData = "the query returned no series" };

    public static PathMeasurement Path(IReadOnlyList<SliResult> slis, params string[] thresholds) =>
        new(new GoldenPath("checkout", "team-shop", At) { Thresholds = [.. thresholds.Select(t => Threshold.TryParse(t, At, out _)!)] }, slis, null);
}
