using System.Globalization;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;
using Toolkit.Gates.Slo.Reporting;
using Toolkit.Gates.Slo.Rules;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>
/// Judges each SLI's multi-window burn rates: page-level burn fails, ticket-level burn warns (or fails with
/// <c>ticket: fail</c>), and an SLI without data fails closed unless its <c>on_no_data</c> says otherwise.
/// </summary>
internal static class BurnRateCheck
{
    /// <summary>The lowest burn level that fails the gate.</summary>
    public static BurnLevel FailingLevel(SloOptions options) => options.TicketFails ? BurnLevel.Ticket : BurnLevel.Page;

    /// <summary>The burn and no-data findings of one golden path; <c>CouldNotEvaluate</c> when an SLI without data must fail closed.</summary>
    public static (IReadOnlyList<Finding> Findings, bool CouldNotEvaluate) Judge(PathMeasurement measured, bool ticketFails)
    {
        var findings = new List<Finding>();
        var couldNotEvaluate = false;
        foreach (var result in measured.Slis)
        {
            var name = $"{measured.Path.Name}/{result.Sli.Name}";
            if (result.NoData is { } why)
            {
                var severity = result.Sli.OnNoData switch { NoDataPolicy.Warn => Severity.Warning, NoDataPolicy.Pass => Severity.Note, _ => Severity.Error };
                couldNotEvaluate |= severity == Severity.Error;
                findings.Add(SloRules.NoData.Find(severity, $"SLI {name} has no data: {why}. Fix the query or the scrape, or set on_no_data: warn|pass on the SLI.", result.Sli.Location));
                continue;
            }

            if (result.Level != BurnLevel.None)
            {
                findings.Add(Burn(name, result, ticketFails));
            }
        }

        return (findings, couldNotEvaluate);
    }

    private static Finding Burn(string name, SliResult result, bool ticketFails)
    {
        var fired = result.Pairs.Where(p => p.Fires).OrderByDescending(p => p.Pair.Level).First();
        var page = result.Level == BurnLevel.Page;
        var severity = page || ticketFails ? Severity.Error : Severity.Warning;
        var budget = result.BudgetRemaining!.Value.ToString("P1", CultureInfo.InvariantCulture);
        var message = $"SLI {name} burns its error budget {Figures.Format(fired.LongBurn)}x over {Durations.Format(fired.Pair.Long)} and {Figures.Format(fired.ShortBurn)}x over {Durations.Format(fired.Pair.Short)} (both above {Figures.Format(fired.Pair.Factor)}): {(page ? "page" : "ticket")}-level burn against a {Figures.Format(result.Sli.Objective)}% objective; {budget} of the {Durations.Format(result.Sli.Window)} budget left.";
        return (page ? SloRules.BurnRatePage : SloRules.BurnRateTicket).Find(severity, message, result.Sli.Location);
    }
}
