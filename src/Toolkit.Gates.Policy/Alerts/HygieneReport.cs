using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Alerts;

/// <summary>Builds <see cref="AlertHygieneReport"/> from the run: totals, noise, and each alert with its own findings.</summary>
internal static class HygieneReport
{
    public static AlertHygieneReport Build(AlertStats totals, RuleSet rules, IReadOnlyList<Finding> findings, NoiseReport? noise, PolicyOptions options)
    {
        var baseByKey = noise?.Base is null ? null : noise.BaseRules.ToDictionary(r => r.Key, r => noise.Base.GetValueOrDefault(r.Key)?.PerDay, StringComparer.Ordinal);
        var figures = rules.Alerts.Select(rule =>
        {
            var own = findings
                .Where(f => f.Location is { } at && at.Path == rule.Path && at.Line >= rule.Line && at.Line <= rule.EndLine)
                .Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList();
            var replayed = noise?.Head.GetValueOrDefault(rule.Key);
            return new AlertFigure(rule.Name, rule.Path, rule.Line, rule.Severity, own, replayed?.Firings, replayed?.PerDay, replayed?.History, replayed?.Activations, baseByKey?.GetValueOrDefault(rule.Key));
        }).ToList();
        return new AlertHygieneReport(
            totals,
            totals.RunbookCoverage,
            totals.OwnerCoverage,
            options.PrometheusUrl?.ToString(),
            noise is null ? null : options.AlertHistory.TotalDays,
            noise?.HeadPerDay,
            noise?.BasePerDay,
            noise?.ChangePct,
            figures);
    }
}
