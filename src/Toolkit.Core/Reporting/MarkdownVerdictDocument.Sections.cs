using System.Text;
using Toolkit.Core.Runtime;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Reporting;

/// <summary>The sections of the Markdown report, each rendered on its own.</summary>
internal sealed partial class MarkdownVerdictDocument
{
    private static string Head(GateVerdict verdict, MarkdownOptions options)
    {
        var builder = new StringBuilder();
        if (Marker(options.Marker) is { } marker)
        {
            builder.Append(marker).Append('\n');
        }

        builder.Append("### ").Append(VerdictText.Emoji(verdict.Verdict)).Append(' ')
            .Append(MarkdownText.Escape(verdict.Gate)).Append(": ").Append(VerdictText.Word(verdict.Verdict));
        if (verdict.Verdict == VerdictStatus.Error && verdict.FailOpen)
        {
            builder.Append(" (fail-open, not blocking)");
        }

        builder.Append("\n\n");
        if (!string.IsNullOrWhiteSpace(verdict.Summary))
        {
            builder.Append(MarkdownText.Escape(MarkdownText.Truncate(verdict.Summary, MaxMessageLength))).Append("\n\n");
        }

        builder.Append("Environment: ").Append(MarkdownText.Code(MarkdownText.Truncate(verdict.Environment, MaxCellLength), inTable: false)).Append("\n\n");
        return builder.ToString();
    }

    private static string? Marker(string? marker)
    {
        if (string.IsNullOrWhiteSpace(marker))
        {
            return null;
        }

        var trimmed = marker.Trim().ReplaceLineEndings(" ");
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal) && trimmed.EndsWith("-->", StringComparison.Ordinal))
        {
            return trimmed;
        }

        // A bare marker is wrapped; an inner "-->" would end the comment early and show the rest.
        return "<!-- " + trimmed.Replace("-->", "- ->", StringComparison.Ordinal) + " -->";
    }

    private static string Footer(GateVerdict verdict)
    {
        var provenance = verdict.Provenance;
        var parts = new List<string> { "toolkit " + MarkdownText.Escape(provenance?.ToolkitVersion ?? ToolkitInfo.Version) };
        if (!string.IsNullOrEmpty(provenance?.CommitSha))
        {
            parts.Add("commit " + MarkdownText.Code(VerdictText.ShortSha(provenance.CommitSha), inTable: false));
        }

        if (MarkdownText.IsWebUri(provenance?.RunUrl))
        {
            parts.Add(MarkdownText.Link("run", provenance!.RunUrl));
        }

        return "<sub>" + string.Join(" · ", parts) + "</sub>\n";
    }

    private static MarkdownSection? Metrics(GateVerdict verdict)
    {
        var metrics = verdict.Metrics ?? new Dictionary<string, double>();
        if (metrics.Count == 0)
        {
            return null;
        }

        var table = new MarkdownTable("Metric", "Value");
        foreach (var (name, value) in metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Take(MaxSectionRows))
        {
            table.AddMarkdownRow(MarkdownText.Code(Cell(name)), VerdictText.Number(value));
        }

        return new MarkdownSection("metrics", "#### Metrics\n\n" + table + More(metrics.Count, "metrics") + "\n");
    }

    private static MarkdownSection? Thresholds(GateVerdict verdict)
    {
        var thresholds = VerdictLists.Thresholds(verdict);
        if (thresholds.Count == 0)
        {
            return null;
        }

        var table = new MarkdownTable("Threshold", "Actual", "Result");
        foreach (var threshold in thresholds.Take(MaxSectionRows))
        {
            table.AddMarkdownRow(
                MarkdownText.Code(Cell(threshold.Expression)),
                threshold.Actual is { } actual ? VerdictText.Number(actual) : "—",
                threshold.Passed ? "✅" : "❌");
        }

        return new MarkdownSection("thresholds", "#### Thresholds\n\n" + table + More(thresholds.Count, "thresholds") + "\n");
    }

    private static MarkdownTable FindingsTable(IReadOnlyList<Finding> findings, int maxRows, out int rowCap)
    {
        rowCap = Math.Clamp(maxRows, 0, findings.Count);
        var table = new MarkdownTable("Severity", "Rule", "Location", "Message");
        foreach (var finding in findings.Take(rowCap))
        {
            table.AddMarkdownRow(
                VerdictText.SeverityEmoji(finding.Severity) + " " + VerdictText.Level(finding.Severity),
                MarkdownText.Link(Cell(VerdictText.Rule(finding)), finding.HelpUri),
                MarkdownText.Code(Cell(VerdictText.PathAndLine(finding.Location))),
                MarkdownText.Escape(MarkdownText.Truncate(finding.Message, MaxMessageLength)));
        }

        return table;
    }

    private static MarkdownSection? Waived(IReadOnlyList<WaivedFinding> waived)
    {
        if (waived.Count == 0)
        {
            return null;
        }

        var table = new MarkdownTable("Rule", "Location", "Reason", "Owner", "Expires");
        foreach (var item in waived.Take(MaxSectionRows))
        {
            var waiver = item.Waiver;
            table.AddMarkdownRow(
                MarkdownText.Escape(Cell(VerdictText.Rule(item.Finding))),
                MarkdownText.Code(Cell(VerdictText.PathAndLine(item.Finding.Location))),
                MarkdownText.Escape(MarkdownText.Truncate(waiver?.Reason, MaxMessageLength)),
                MarkdownText.Code(Cell(waiver?.Owner)),
                waiver is null ? string.Empty : VerdictText.Date(waiver.Expires));
        }

        var title = $"{MarkdownText.Count(waived.Count)} waived {(waived.Count == 1 ? "finding" : "findings")}";
        return new MarkdownSection(
            "waived findings",
            "<details><summary>" + title + "</summary>\n\n" + table + More(waived.Count, "waived findings") + "\n</details>\n\n");
    }

    private static MarkdownSection? Evidence(GateVerdict verdict)
    {
        var evidence = VerdictLists.Evidence(verdict);
        if (evidence.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder("#### Evidence\n\n");
        foreach (var item in evidence.Take(MaxSectionRows))
        {
            builder.Append("- ").Append(MarkdownText.Code(Cell(item.Path), inTable: false));
            if (!string.IsNullOrEmpty(item.Sha256))
            {
                builder.Append(" sha256 ").Append(MarkdownText.Code(item.Sha256.Length > 12 ? item.Sha256[..12] : item.Sha256, inTable: false));
            }

            builder.Append('\n');
        }

        return new MarkdownSection("evidence", builder + More(evidence.Count, "evidence items") + "\n");
    }

    private static string Cell(string? text) => MarkdownText.Truncate(text, MaxCellLength);

    private static string More(int total, string what) =>
        total > MaxSectionRows ? $"\n_… {MarkdownText.Count(total - MaxSectionRows)} more {what} not shown._\n" : string.Empty;
}
