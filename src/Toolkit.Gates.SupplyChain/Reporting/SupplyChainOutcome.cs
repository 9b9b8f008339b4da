using System.Globalization;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Reporting;

/// <summary>The verdict's summary line, metrics, findings, thresholds and evidence of one run.</summary>
internal static class SupplyChainOutcome
{
    public static GateOutcome Build(SupplyChainResults results, IReadOnlyList<EvidenceItem> evidence) =>
        new(Summary(results))
        {
            Findings = results.Findings,
            Metrics = Metrics(results),
            Thresholds = results.Vulnerabilities.Thresholds,
            Evidence = evidence,
        };

    private static Dictionary<string, double> Metrics(SupplyChainResults results)
    {
        var inventory = results.Inventory;
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["components"] = inventory.Head.Components.Count,
            ["license_violations"] = results.Licenses.Violations,
            ["unverified_artifacts"] = results.Attestations.Unverified,
            ["mutable_images"] = results.Images.Findings.Count,
            ["added"] = inventory.Count(ChangeKind.Added),
            ["removed"] = inventory.Count(ChangeKind.Removed),
            ["upgraded"] = inventory.Count(ChangeKind.Upgraded),
            ["downgraded"] = inventory.Count(ChangeKind.Downgraded),
        };
        foreach (var (name, value) in results.Vulnerabilities.Metrics)
        {
            metrics[name] = value;
        }

        foreach (var (severity, count) in results.Vulnerabilities.NewCounts)
        {
            metrics["new_" + Severities.Name(severity)] = count;
        }

        return metrics;
    }

    private static string Summary(SupplyChainResults results)
    {
        var found = results.Vulnerabilities;
        var newTotal = found.NewUnwaived;
        var vulnerabilities = found.Checked
            ? string.Create(CultureInfo.InvariantCulture, $"{newTotal} new vulnerabilit{(newTotal == 1 ? "y" : "ies")} ({string.Join(", ", found.NewCounts.Select(p => $"{p.Value} {Severities.Name(p.Key)}"))})")
            : "vulnerabilities not checked";
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Inventory.Head.Components.Count} components; {vulnerabilities}; {results.Licenses.Violations} license violation(s); {results.Attestations.Unverified} unverified artifact(s)");
    }
}
