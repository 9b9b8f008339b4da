namespace Toolkit.Gates.Policy.Alerts;

/// <summary>One alert's line in the evidence file <c>alerts/hygiene.json</c>.</summary>
/// <param name="Name">The alert name.</param>
/// <param name="File">The rule file.</param>
/// <param name="Line">The line of its <c>alert:</c> key.</param>
/// <param name="Severity">Its severity label, if any.</param>
/// <param name="Findings">The rule ids of the findings on it.</param>
/// <param name="Firings">Firings the replay produced over the history; null without prometheus_url.</param>
/// <param name="FiringsPerDay">The same per day; null without prometheus_url.</param>
/// <param name="AlertsHistoryFirings">Firings Prometheus recorded in ALERTS; null when there is no ALERTS history.</param>
/// <param name="ForStateActivations">Activations in ALERTS_FOR_STATE; null when there is none.</param>
/// <param name="BaseFiringsPerDay">The base revision's figure for the same alert in a pull request; null otherwise.</param>
internal sealed record AlertFigure(string Name, string File, int Line, string? Severity, IReadOnlyList<string> Findings, int? Firings, double? FiringsPerDay, int? AlertsHistoryFirings, int? ForStateActivations, double? BaseFiringsPerDay);
