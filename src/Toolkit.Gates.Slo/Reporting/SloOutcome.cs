using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Checks;

namespace Toolkit.Gates.Slo.Reporting;

/// <summary>The gate's outcome: its one-line summary, findings, thresholds, metrics and evidence.</summary>
internal static class SloOutcome
{
    /// <summary>An <c>error</c> outcome listing every configuration or input problem, at the first one's place.</summary>
    public static GateOutcome Invalid(IReadOnlyList<ConfigDiagnostic> problems) => GateOutcome.InvalidConfiguration(GateIds.Slo, problems);

    public static GateOutcome Build(
        SloMeasurement measured, IReadOnlyList<Finding> findings, IReadOnlyList<ThresholdResult> thresholds, IReadOnlyDictionary<string, double> metrics,
        IReadOnlyList<EvidenceItem> evidence, bool couldNotEvaluate)
    {
        var pages = measured.Paths.Count(p => p.Slis.Any(s => s.Level == BurnLevel.Page));
        var tickets = measured.Paths.Count(p => p.Slis.Any(s => s.Level == BurnLevel.Ticket));
        var summary = $"{measured.Paths.Count} golden path(s): {pages} page-level burn, {tickets} ticket-level burn, {thresholds.Count(t => !t.Passed)} threshold(s) failed";
        if (couldNotEvaluate)
        {
            summary = $"could not evaluate every SLI (no data); {summary}";
        }

        return new GateOutcome(summary)
        {
            IsError = couldNotEvaluate,
            Findings = findings,
            Thresholds = thresholds,
            Metrics = metrics,
            Evidence = evidence,
        };
    }
}
