using System.Globalization;
using System.Text;
using Toolkit.Core.Reporting;
using Toolkit.Gates.SupplyChain.Checks;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Provenance;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Reporting;

/// <summary>
/// The PR comment body, in the style of dependency review: changed dependencies with their new vulnerabilities and
/// license verdicts, totals per severity, what was waived, and the attestation checks.
/// </summary>
internal static class SupplyChainReport
{
    private const int MaxRows = 50;

    public static string Render(SupplyChainResults results)
    {
        var inventory = results.Inventory;
        var text = new StringBuilder();
        text.AppendLine("## Supply chain");
        text.AppendLine();
        text.AppendLine(inventory.BaseRef is null
            ? string.Create(CultureInfo.InvariantCulture, $"{inventory.Head.Components.Count} components in {inventory.Head.Lockfiles.Count} lockfile(s); no base to compare, so every vulnerability counts as new.")
            : string.Create(CultureInfo.InvariantCulture, $"{inventory.Head.Components.Count} components in {inventory.Head.Lockfiles.Count} lockfile(s), compared with `{MarkdownText.Escape(inventory.BaseRef)}`: {inventory.Count(ChangeKind.Added)} added, {inventory.Count(ChangeKind.Removed)} removed, {inventory.Count(ChangeKind.Upgraded)} upgraded, {inventory.Count(ChangeKind.Downgraded)} downgraded."));
        text.AppendLine();
        if (inventory.Changes.Count > 0)
        {
            var licenses = results.Licenses.Rows.GroupBy(r => r.Component.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Verdict, StringComparer.OrdinalIgnoreCase);
            var table = new MarkdownTable("Change", "Package", "Version", "New vulnerabilities", "License");
            foreach (var change in inventory.Changes)
            {
                var vulnerabilities = results.Vulnerabilities.Rows
                    .Where(v => v.IsNew && string.Equals(v.Match.Component.Key, change.Key, StringComparison.OrdinalIgnoreCase))
                    .Select(v => $"{Severities.Name(v.Match.Advisory.Severity)} {v.Match.Advisory.Id} (fixed in {v.Match.FixedIn ?? "none"}){(v.Waived ? " waived" : string.Empty)}");
                table.AddRow(
                    change.Kind.ToString().ToLowerInvariant(),
                    change.Name,
                    $"{change.BaseVersion ?? "-"} → {change.HeadVersion ?? "-"}",
                    string.Join("; ", vulnerabilities) is { Length: > 0 } v ? v : "none",
                    change.HeadVersion is null ? "-" : licenses.GetValueOrDefault(change.Key, "-"));
            }

            text.AppendLine("### Dependency changes").AppendLine().Append(table.ToMarkdown(MaxRows)).AppendLine();
        }

        Vulnerabilities(results.Vulnerabilities, text);
        Licenses(results.Licenses, text);
        Attestations(results.Attestations, text);
        return text.ToString();
    }

    private static void Vulnerabilities(VulnerabilityResult result, StringBuilder text)
    {
        if (!result.Checked)
        {
            text.AppendLine("Vulnerabilities were not checked (no OSV database or API configured).").AppendLine();
            return;
        }

        text.AppendLine("### Vulnerabilities").AppendLine();
        foreach (var source in result.Sources)
        {
            text.AppendLine("- Advisories from " + MarkdownText.Escape(source));
        }

        var totals = new MarkdownTable("Severity", "New", "Already on base", "Waived");
        foreach (var severity in Severities.Known)
        {
            var rows = result.Rows.Where(v => v.Match.Advisory.Severity == severity).ToList();
            totals.AddRow(Severities.Name(severity), Num(rows.Count(r => r.IsNew && !r.Waived)), Num(rows.Count(r => !r.IsNew && !r.Waived)), Num(rows.Count(r => r.Waived)));
        }

        text.AppendLine().Append(totals.ToMarkdown()).AppendLine();
        if (result.Rows.Count == 0)
        {
            return;
        }

        var table = new MarkdownTable("Severity", "Advisory", "Package", "Version", "Fixed in", "Status");
        foreach (var row in result.Rows)
        {
            var (component, advisory, fixedIn) = row.Match;
            table.AddRow(Severities.Name(advisory.Severity), advisory.Id, component.Name, component.Version, fixedIn ?? "no fix", row.Waived ? "waived" : row.IsNew ? "new" : "on base");
        }

        text.Append(table.ToMarkdown(MaxRows)).AppendLine();
    }

    private static void Licenses(LicenseResult result, StringBuilder text)
    {
        var problems = result.Rows.Where(r => r.Verdict != "allowed").ToList();
        text.AppendLine("### Licenses").AppendLine();
        if (problems.Count == 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"All {result.Rows.Count} licenses are allowed.")).AppendLine();
            return;
        }

        var table = new MarkdownTable("Package", "Version", "License", "Verdict");
        foreach (var (component, verdict) in problems)
        {
            table.AddRow(component.Name, component.Version, component.License ?? "unknown", verdict);
        }

        text.Append(table.ToMarkdown(MaxRows)).AppendLine();
    }

    private static void Attestations(AttestationResult result, StringBuilder text)
    {
        if (result.Artifacts.Count == 0)
        {
            return;
        }

        var table = new MarkdownTable("Artifact", "Attestation", "Detail");
        foreach (var check in result.Artifacts)
        {
            table.AddRow(check.Artifact, check.Status == AttestationStatus.Verified ? "verified" : check.Status.ToString(), check.Detail);
        }

        text.AppendLine("### Attestations").AppendLine().Append(table.ToMarkdown()).AppendLine();
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
