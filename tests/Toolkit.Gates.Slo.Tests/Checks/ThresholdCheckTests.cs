using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Tests.Checks;

public sealed class ThresholdCheckTests
{
    [Fact]
    public void A_broken_threshold_is_a_finding_and_a_failed_threshold_result()
    {
        var (findings, thresholds) = ThresholdCheck.Judge(CheckData.Path([CheckData.Burning(BurnLevel.Page, 20)], "burn==0", "error_rate<0.1"), BurnLevel.Page);

        Assert.Equal(SloRules.Threshold.Id, Assert.Single(findings).RuleId);
        Assert.Equal([("checkout.burn", false), ("checkout.error_rate", true)], thresholds.Select(t => (t.Name, t.Passed)));
    }

    [Fact]
    public void A_threshold_nothing_measures_is_reported_unless_an_sli_had_no_data()
    {
        var unmeasured = ThresholdCheck.Judge(CheckData.Path([], "p95_ms<=150"), BurnLevel.Page);
        var missing = ThresholdCheck.Judge(CheckData.Path([CheckData.NoData(NoDataPolicy.Error)], "p95_ms<=150"), BurnLevel.Page);

        Assert.Equal(SloRules.UnmeasuredThreshold.Id, Assert.Single(unmeasured.Findings).RuleId);
        Assert.Null(Assert.Single(unmeasured.Thresholds).Actual);
        Assert.Empty(missing.Findings);
        Assert.Empty(missing.Thresholds);
    }

    [Fact]
    public void Ticket_burn_counts_for_burn_only_when_tickets_fail()
    {
        var path = CheckData.Path([CheckData.Burning(BurnLevel.Ticket, 4)], "burn==0");

        Assert.True(Assert.Single(ThresholdCheck.Judge(path, BurnLevel.Page).Thresholds).Passed);
        Assert.False(Assert.Single(ThresholdCheck.Judge(path, BurnLevel.Ticket).Thresholds).Passed);
    }

    [Fact]
    public void The_contract_metrics_take_the_worst_value_and_the_canary_score()
    {
        var paths = new[] { CheckData.Path([CheckData.Burning(BurnLevel.Page, 20)]), CheckData.Path([CheckData.Burning(BurnLevel.Page, 0.5)]) };

        var metrics = ContractMetrics.Of(paths, BurnLevel.Page, new Canary.CanaryResult([], 75, "warn"));

        Assert.Equal((20, 0.02, 75), (metrics["burn"], metrics["error_rate"], metrics["canary_score"]));
    }
}
