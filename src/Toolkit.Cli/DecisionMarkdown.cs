using System.Text;
using Toolkit.Core.Decisions;
using Toolkit.Core.Reporting;

namespace Toolkit.Cli;

/// <summary>The go/no-go as Markdown: the combined PR comment and job summary of <c>gate decide</c>.</summary>
internal static class DecisionMarkdown
{
    public const string FileName = "decision.md";

    /// <summary>The sticky-comment marker of the combined comment (the publisher's key <c>decision</c>).</summary>
    public const string Marker = "<!-- toolkit:gate=decision -->";

    public static string Render(Decision decision)
    {
        var sb = new StringBuilder();
        sb.Append(Marker).Append('\n');
        sb.Append(decision.Go ? "## ✅ Go" : "## ❌ No-go").Append('\n');
        if (decision.Version is { } version)
        {
            sb.Append('\n').Append("Release ").Append(MarkdownText.Code(version, inTable: false)).Append('\n');
        }

        var table = new MarkdownTable("Gate", "Verdict", "Required", "Summary");
        foreach (var line in decision.Lines)
        {
            table.AddMarkdownRow(MarkdownText.Code(line.Gate), $"{Icon(line.Verdict)} {line.Verdict}", line.Required ? "yes" : "no", MarkdownText.Escape(line.Summary));
        }

        sb.Append('\n').Append(table.ToMarkdown());
        foreach (var problem in decision.Problems)
        {
            sb.Append('\n').Append("> ❌ ").Append(MarkdownText.Escape(problem)).Append('\n');
        }

        sb.Append('\n').Append(decision.EvidenceSigned
            ? $"**Evidence:** ✅ signed pack verified ({MarkdownText.Escape(decision.EvidenceNote ?? string.Empty)})"
            : $"**Evidence:** not signed ({MarkdownText.Escape(decision.EvidenceNote ?? "no evidence pack given; this does not block")})").Append('\n');
        var risks = decision.RiskOpen.ToList();
        if (risks.Count > 0)
        {
            sb.Append("\n**Open risks** (did not block)\n\n");
            foreach (var risk in risks)
            {
                sb.Append("- ").Append(MarkdownText.Code(risk.Gate, inTable: false)).Append(' ').Append(risk.Verdict)
                    .Append(risk.Required ? string.Empty : " (not required)").Append(": ").Append(MarkdownText.Escape(risk.Summary)).Append('\n');
            }
        }

        if (decision.Exceptions.Count > 0)
        {
            var exceptions = new MarkdownTable("Gate", "Rule", "Path", "Until", "Owner", "Reason");
            foreach (var e in decision.Exceptions)
            {
                exceptions.AddRow(e.Gate, e.Rule, e.Path ?? "**", e.Expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Owner, e.Reason);
            }

            sb.Append("\n**Exceptions in force**\n\n").Append(exceptions.ToMarkdown());
        }

        return sb.ToString();
    }

    private static string Icon(string verdict) => verdict switch
    {
        "pass" => "✅",
        "warn" => "⚠️",
        "fail" => "❌",
        "error" => "⛔",
        _ => "❔",
    };
}
