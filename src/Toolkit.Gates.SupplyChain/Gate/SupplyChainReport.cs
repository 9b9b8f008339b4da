using System.Globalization;
using System.Text;
using Toolkit.Core.Reporting;
using Toolkit.Gates.SupplyChain.Diff;
using Toolkit.Gates.SupplyChain.Provenance;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>
/// The PR comment body, in the style of dependency review: changed dependencies with their new vulnerabilities and
/// license verdicts, totals per severity, what was waived, and the attestation checks.
/// </summary>
internal static class SupplyChainReport
{
    private const int MaxRows = 50;

    public static string Render(Evaluation state)
    {
        var text = new StringBuilder();
        text.AppendLine("## Supply chain");
        text.AppendLine();
        text.AppendLine(state.BaseRef is null
            ? string.Create(CultureInfo.InvariantCulture, $"{state.Head.Components.Count} components in {state.Head.Lockfiles.Count} lockfile(s); no base to compare, so every vulnerability counts as new.")
            : string.Create(CultureInfo.InvariantCulture, $"{state.Head.Components.Count} components in {state.Head.Lockfiles.Count} lockfile(s), compared with `{MarkdownText.Escape(state.BaseRef)}`: {Count(state, ChangeKind.Added)} added, {Count(state, ChangeKind.Removed)} removed, {Count(state, ChangeKind.Upgraded)} upgraded, {Count(state, ChangeKind.Downgraded)} downgraded."));
        text.AppendLine();
        if (state.Changes.Count > 0)
        {
            var licenses = state.LicenseRows.GroupBy(r => r.Component.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Verdict, StringComparer.OrdinalIgnoreCase);
            var table = new MarkdownTable("Change", "Package", "Version", "New vulnerabilities", "License");
            foreach (var change in state.Changes)
            {
                var vulnerabilities = state.Vulnerabilities
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

        Vulnerabilities(state, text);
        Licenses(state, text);
        Attestations(state, text);
        return text.ToString();
    }

    private static void Vulnerabilities(Evaluation state, StringBuilder text)
    {
        if (!state.VulnerabilitiesChecked)
        {
            text.AppendLine("Vulnerabilities were not checked (no OSV database or API configured).").AppendLine();
            return;
        }

        text.AppendLine("### Vulnerabilities").AppendLine();
        foreach (var source in state.AdvisorySources)
        {
            text.AppendLine("- Advisories from " + MarkdownText.Escape(source));
        }

        var totals = new MarkdownTable("Severity", "New", "Already on base", "Waived");
        foreach (var severity in Severities.Known)
        {
            var rows = state.Vulnerabilities.Where(v => v.Match.Advisory.Severity == severity).ToList();
            totals.AddRow(Severities.Name(severity), Num(rows.Count(r => r.IsNew && !r.Waived)), Num(rows.Count(r => !r.IsNew && !r.Waived)), Num(rows.Count(r => r.Waived)));
        }

        text.AppendLine().Append(totals.ToMarkdown()).AppendLine();
        if (state.Vulnerabilities.Count == 0)
        {
            return;
        }

        var table = new MarkdownTable("Severity", "Advisory", "Package", "Version", "Fixed in", "Status");
        foreach (var row in state.Vulnerabilities)
        {
            var (component, advisory, fixedIn) = row.Match;
            table.AddRow(Severities.Name(advisory.Severity), advisory.Id, component.Name, component.Version, fixedIn ?? "no fix", row.Waived ? "waived" : row.IsNew ? "new" : "on base");
        }

        text.Append(table.ToMarkdown(MaxRows)).AppendLine();
    }

    private static void Licenses(Evaluation state, StringBuilder text)
    {
        var problems = state.LicenseRows.Where(r => r.Verdict != "allowed").ToList();
        text.AppendLine("### Licenses").AppendLine();
        if (problems.Count == 0)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"All {state.LicenseRows.Count} licenses are allowed.")).AppendLine();
            return;
        }

        var table = new MarkdownTable("Package", "Version", "License", "Verdict");
        foreach (var (component, verdict) in problems)
        {
            table.AddRow(component.Name, component.Version, component.License ?? "unknown", verdict);
        }

        text.Append(table.ToMarkdown(MaxRows)).AppendLine();
    }

    private static void Attestations(Evaluation state, StringBuilder text)
    {
        if (state.Attestations.Count == 0)
        {
            return;
        }

        var table = new MarkdownTable("Artifact", "Attestation", "Detail");
        foreach (var check in state.Attestations)
        {
            table.AddRow(check.Artifact, check.Status == AttestationStatus.Verified ? "verified" : check.Status.ToString(), check.Detail);
        }

        text.AppendLine("### Attestations").AppendLine().Append(table.ToMarkdown()).AppendLine();
    }

    private static int Count(Evaluation state, ChangeKind kind) => state.Changes.Count(c => c.Kind == kind);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
