using Toolkit.Core.Gates;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Checks;

namespace Toolkit.Gates.Policy.Reporting;

/// <summary>
/// The gate's outcome from what the checks returned: findings, metrics and thresholds in the order they were found,
/// the noise table as details, and <c>error</c> (never a pass) when anything could not be checked.
/// </summary>
internal static class PolicyOutcome
{
    /// <param name="scan">The files' results.</param>
    /// <param name="checks">The checks across the repository, in the order their findings are reported.</param>
    /// <param name="alerts">The alert figures when the alerts pack ran and found alerts; else null.</param>
    /// <param name="noise">The replayed noise, when Prometheus was asked.</param>
    /// <param name="evidence">The alert hygiene evidence, when written.</param>
    public static GateOutcome Build(FileScanResult scan, IReadOnlyList<CheckResult> checks, AlertStats? alerts, NoiseReport? noise, EvidenceItem? evidence, PolicyOptions options)
    {
        var counts = scan.Counts;
        var findings = scan.Findings.Concat(checks.SelectMany(c => c.Findings)).ToList();
        var errors = scan.Errors;
        var problems = errors.Select(e => $"{e.Path}:{e.Line}:{e.Column}: {e.Message}").Concat(scan.NotChecked).Concat(checks.SelectMany(c => c.Problems)).ToList();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["files_checked"] = counts.Files,
            ["kubernetes_documents"] = counts.KubernetesDocuments,
            ["workflows"] = counts.Workflows + counts.Actions,
            ["dockerfiles"] = counts.Dockerfiles,
        };
        var thresholds = new List<ThresholdResult>();
        if (noise is not null)
        {
            metrics["alert_firings_per_day"] = noise.HeadPerDay;
            if (noise.BasePerDay is { } before)
            {
                metrics["base_alert_firings_per_day"] = before;
            }

            if (noise.ChangePct is { } change)
            {
                metrics["alert_noise_change_pct"] = change;
            }
        }

        if (alerts is not null)
        {
            metrics["alerts"] = alerts.Alerts;
            metrics["sev12_alerts"] = alerts.Paging;
            metrics["sev12_runbook_coverage_pct"] = alerts.RunbookCoverage;
            metrics["sev12_owner_coverage_pct"] = alerts.OwnerCoverage;
            thresholds.Add(new ThresholdResult("sev12_runbook_coverage_pct", "sev12_runbook_coverage_pct==100", alerts.RunbookCoverage, alerts.PagingWithRunbook == alerts.Paging));
            thresholds.Add(new ThresholdResult("sev12_owner_coverage_pct", "sev12_owner_coverage_pct==100", alerts.OwnerCoverage, alerts.PagingWithOwner == alerts.Paging));
        }

        foreach (var check in checks)
        {
            foreach (var (name, value) in check.Metrics)
            {
                metrics[name] = value;
            }

            thresholds.AddRange(check.Thresholds);
        }

        var details = noise is null ? null : NoiseMarkdown.Build(noise, options.AlertHistory);
        List<EvidenceItem> items = evidence is null ? [] : [evidence];
        var summary = PolicySummary.Text(counts, findings);
        if (problems.Count > 0)
        {
            var first = errors.FirstOrDefault();
            var location = first is null ? null : new SourceLocation(first.Path, first.Line, first.Column);
            var error = GateOutcome.CouldNotEvaluate(string.Join(" ", problems), location);
            return error with { Summary = $"{summary}; could not evaluate: {problems.Count} problem(s)", Findings = [.. error.Findings, .. findings], Metrics = metrics, Thresholds = thresholds, Evidence = items, Details = details };
        }

        return new GateOutcome(summary) { Findings = findings, Metrics = metrics, Thresholds = thresholds, Evidence = items, Details = details };
    }
}
