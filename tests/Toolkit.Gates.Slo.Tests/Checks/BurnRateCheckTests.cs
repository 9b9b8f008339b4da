using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Checks;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Tests.Checks;

public sealed class BurnRateCheckTests
{
    [Fact]
    public void Page_level_burn_is_an_error_with_the_rules_title_and_help()
    {
        var (findings, couldNotEvaluate) = BurnRateCheck.Judge(CheckData.Path([CheckData.Burning(BurnLevel.Page, 20)]), ticketFails: false);

        var finding = Assert.Single(findings);
        Assert.Equal((SloRules.BurnRatePage.Id, Severity.Error, SloRules.BurnRatePage.Title, SloRules.BurnRatePage.HelpUri), (finding.RuleId, finding.Severity, finding.Title, finding.HelpUri));
        Assert.Contains("burns its error budget 20x over 1h", finding.Message, StringComparison.Ordinal);
        Assert.False(couldNotEvaluate);
    }

    [Theory]
    [InlineData(false, Severity.Warning)]
    [InlineData(true, Severity.Error)]
    public void Ticket_level_burn_warns_unless_tickets_fail(bool ticketFails, Severity expected)
    {
        var (findings, _) = BurnRateCheck.Judge(CheckData.Path([CheckData.Burning(BurnLevel.Ticket, 4)]), ticketFails);

        Assert.Equal((SloRules.BurnRateTicket.Id, expected), (Assert.Single(findings).RuleId, findings[0].Severity));
    }

    [Theory]
    [InlineData("error", Severity.Error, true)]
    [InlineData("warn", Severity.Warning, false)]
    [InlineData("pass", Severity.Note, false)]
    public void An_sli_without_data_fails_closed_unless_it_says_otherwise(string onNoData, Severity severity, bool couldNotEvaluate)
    {
        var policy = Enum.Parse<NoDataPolicy>(onNoData, ignoreCase: true);
        var result = BurnRateCheck.Judge(CheckData.Path([CheckData.NoData(policy)]), ticketFails: false);

        Assert.Equal((SloRules.NoData.Id, severity), (Assert.Single(result.Findings).RuleId, result.Findings[0].Severity));
        Assert.Equal(couldNotEvaluate, result.CouldNotEvaluate);
    }

    [Fact]
    public void A_healthy_sli_has_no_finding() =>
        Assert.Empty(BurnRateCheck.Judge(CheckData.Path([CheckData.Burning(BurnLevel.Page, 0.5)]), ticketFails: true).Findings);
}
