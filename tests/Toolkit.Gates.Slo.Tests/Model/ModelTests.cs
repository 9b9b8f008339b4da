using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Probes;

namespace Toolkit.Gates.Slo.Tests.Model;

public sealed class ModelTests
{
    [Theory]
    [InlineData("p95_ms<=150", 150, true)]
    [InlineData("p95_ms<=150", 150.1, false)]
    [InlineData("error_rate<0.01", 0.0099, true)]
    [InlineData("error_rate<0.01", 0.01, false)]
    [InlineData("burn==0", 0, true)]
    [InlineData("burn==0", 2.5, false)]
    [InlineData("budget_remaining>=0.25", double.NaN, false)]
    public void Thresholds_hold_as_written_and_never_for_nan(string expression, double actual, bool holds) =>
        Assert.Equal(holds, Threshold.TryParse(expression, null, out _)!.Holds(actual));

    [Theory]
    [InlineData("<=+10%", 110, 100, true)]
    [InlineData("<=+10%", 110.1, 100, false)]
    [InlineData("<=+5", 105, 100, true)]
    [InlineData("<0.01", 0.009, 5, true)]
    [InlineData(">=-5%", 95, 100, true)]
    public void Relative_criteria_compare_the_canary_with_the_baseline(string text, double canary, double baseline, bool holds) =>
        Assert.Equal(holds, RelativeCriterion.TryParse(text)!.Holds(canary, baseline));

    [Theory]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("3d", 259200)]
    [InlineData("250ms", 0.25)]
    public void Durations_read_prometheus_notation(string text, double seconds)
    {
        Assert.True(Durations.TryParse(text, out var span));
        Assert.Equal(seconds, span.TotalSeconds);
    }

    [Fact]
    public void Durations_format_windows_the_way_promql_writes_them() =>
        Assert.Equal(["5m", "30m", "1h", "2h", "6h", "1d", "3d"], WindowPair.Workbook.SelectMany(p => new[] { p.Short, p.Long }).Distinct().Order().Select(Durations.Format));

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Assert.Equal((50.0, 95.0, 99.0), (Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 95), Percentiles.Of(sorted, 99)));
    }

    [Fact]
    public void The_workbook_pairs_page_fast_and_ticket_slow()
    {
        var sli = new Sli("a", SliKind.Ratio, new Toolkit.Core.Verdicts.SourceLocation("f"));
        var result = new SliResult(sli)
        {
            Pairs = [new PairResult(WindowPair.Workbook[0], 20, 15), new PairResult(WindowPair.Workbook[3], 2, 0.5)],
        };
        Assert.Equal(BurnLevel.Page, result.Level);
        Assert.Equal(15, result.BurnAt(BurnLevel.Page));
    }
}
