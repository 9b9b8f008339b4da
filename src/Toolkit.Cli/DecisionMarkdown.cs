using System.Text;
using Toolkit.Core.Decisions;

namespace Toolkit.Cli;

/// <summary>The go/no-go as Markdown: the combined PR comment and job summary of <c>gate decide</c>.</summary>
internal static class DecisionMarkdown
{
    public const string FileName = "decision.md";

    public const string Marker = "<!-- toolkit:decision -->";

    public static string Render(Decision decision)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Marker);
        sb.AppendLine(decision.Go ? "## ✅ Go" : "## ❌ No-go");
        if (decision.Version is { } version)
        {
            sb.AppendLine().AppendLine($"Release `{version}`");
        }

        sb.AppendLine().AppendLine("| Gate | Verdict | Required | Summary |").AppendLine("| --- | --- | --- | --- |");
        foreach (var line in decision.Lines)
        {
            sb.AppendLine($"| `{line.Gate}` | {Icon(line.Verdict)} {line.Verdict} | {(line.Required ? "yes" : "no")} | {Cell(line.Summary)} |");
        }

        foreach (var problem in decision.Problems)
        {
            sb.AppendLine().AppendLine($"> ❌ {Cell(problem)}");
        }

        if (decision.Exceptions.Count > 0)
        {
            sb.AppendLine().AppendLine("**Exceptions in force**").AppendLine();
            foreach (var e in decision.Exceptions)
            {
                sb.AppendLine($"- `{e.Gate}` `{Cell(e.Rule)}` until {e.Expires:yyyy-MM-dd}, {Cell(e.Owner)}: {Cell(e.Reason)}");
            }
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

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
