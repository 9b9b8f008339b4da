using Toolkit.Gates.Policy.Alerts.Live;

namespace Toolkit.Gates.Policy.Alerts.Coverage;

/// <summary>policy/alerts/golden-path-uncovered: each golden path needs a multi-window burn-rate alert (<see cref="BurnRateAlerts"/>).</summary>
internal static class GoldenPathCoverage
{
    public static IReadOnlyList<Finding> Check(IReadOnlyList<GoldenPathName> paths, RuleSet rules)
    {
        var burnRate = rules.Alerts.Where(r => r.Parsed is { } expr && BurnRateAlerts.IsMultiWindowBurnRate(expr)).ToList();
        return paths
            .Where(p => !burnRate.Any(r => BurnRateAlerts.Covers(r, p.Name)))
            .Select(p => FindingSink.Create(PolicyRules.AlertGoldenPathUncovered, new SourceLocation(p.File, p.Line, p.Column),
                $"Golden path '{p.Name}' has no multi-window burn-rate alert in the checked rule files ({burnRate.Count} burn-rate alert(s) found, none naming '{p.Name}' in a matcher, a label or its name)."))
            .ToList();
    }
}
