using System.Globalization;
using Toolkit.Gates.Policy.Checks;

namespace Toolkit.Gates.Policy.Reporting;

/// <summary>The one-line summary of a run: what was checked and how many errors and warnings it found.</summary>
internal static class PolicySummary
{
    public static string Text(ScanCounts counts, IReadOnlyList<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return string.Create(CultureInfo.InvariantCulture,
            $"{counts.Files} files checked ({counts.KubernetesDocuments} Kubernetes documents, {counts.Workflows + counts.Actions} workflows/actions, {counts.Dockerfiles} Dockerfiles, {counts.AlertRuleFiles} alert rule files): {errors} errors, {warnings} warnings");
    }
}
