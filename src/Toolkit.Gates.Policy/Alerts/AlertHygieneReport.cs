namespace Toolkit.Gates.Policy.Alerts;

/// <summary>The evidence file <c>alerts/hygiene.json</c>: the release contract's coverage figures, the noise, and each alert.</summary>
/// <param name="Totals">Alert counts and Sev1/Sev2 owner and runbook coverage.</param>
/// <param name="RunbookCoveragePct">Percentage of paging alerts with a runbook.</param>
/// <param name="OwnerCoveragePct">Percentage of paging alerts with an owner.</param>
/// <param name="Prometheus">The Prometheus the live checks ran against; null when they did not run.</param>
/// <param name="HistoryDays">The replayed history in days; null without Prometheus.</param>
/// <param name="FiringsPerDay">All alerts' replayed firings per day; null without Prometheus.</param>
/// <param name="BaseFiringsPerDay">The base revision's total in a pull request; null otherwise.</param>
/// <param name="NoiseChangePct">Percent change base → head (the contract asks for at most −40); null without a base.</param>
/// <param name="Alerts">Each alert's figures.</param>
internal sealed record AlertHygieneReport(AlertStats Totals, double RunbookCoveragePct, double OwnerCoveragePct, string? Prometheus, double? HistoryDays, double? FiringsPerDay, double? BaseFiringsPerDay, double? NoiseChangePct, IReadOnlyList<AlertFigure> Alerts);
