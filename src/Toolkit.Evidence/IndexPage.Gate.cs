using System.Globalization;
using System.Text;
using Toolkit.Core.Verdicts;

namespace Toolkit.Evidence;

/// <summary>One gate's section: metrics, thresholds, findings, waivers, evidence and the gate's own report.</summary>
internal static partial class IndexPage
{
    private static void Gate(StringBuilder html, int index, PackedVerdict packed, Dictionary<string, string> packPaths)
    {
        var v = packed.Verdict;
        html.Append("<section class=\"gate\" id=\"gate-").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\" data-gate=\"").Append(Html.Escape(v.Gate))
            .Append("\" data-verdict=\"").Append(v.Verdict.ToString().ToLowerInvariant()).Append("\">\n<h2>").Append(Html.Escape(v.Gate)).Append(' ').Append(Badge(v)).Append("</h2>\n")
            .Append("<p class=\"summary\">").Append(Html.Escape(v.Summary)).Append("</p>\n")
            .Append("<p class=\"provenance\">Verdict file <code>").Append(Html.Escape(packed.PackPath)).Append("</code>; environment <code>").Append(Html.Escape(v.Environment)).Append("</code>");
        if (v.Provenance is { } p)
        {
            html.Append("; commit <code>").Append(Html.Escape(p.CommitSha ?? "unknown")).Append("</code>");
            if (p.BaseSha is not null)
            {
                html.Append(", base <code>").Append(Html.Escape(p.BaseSha)).Append("</code>");
            }

            html.Append("; ran ").Append(Html.Escape(Time(p.StartedAt))).Append(" to ").Append(Html.Escape(Time(p.FinishedAt)))
                .Append(" with toolkit ").Append(Html.Escape(p.ToolkitVersion));
            if (p.RunUrl is not null)
            {
                // As text, not a link: the page makes no reference outside the pack.
                html.Append("; run ").Append(Html.Escape(p.RunUrl));
            }
        }

        html.Append(".</p>\n");
        Table(html, "Metrics", ["Metric", "Value"], v.Metrics.Select(m => new[] { Code(m.Key), Num(m.Value) }));
        Table(html, "Thresholds", ["Threshold", "Actual", "Result"], v.Thresholds.Select(t => new[]
        {
            Code(t.Expression), t.Actual is { } a ? Num(a) : "none", t.Passed ? "<span class=\"ok\">held</span>" : "<span class=\"bad\">breached</span>",
        }));
        Table(html, "Findings", ["Severity", "Rule", "Location", "Message"], v.Findings.Select(f => new[]
        {
            Html.Escape(f.Severity.ToString().ToLowerInvariant()), Code(f.RuleId), Location(f.Location), Html.Escape(f.Message),
        }));
        Table(html, "Waived", ["Rule", "Location", "Reason", "Owner", "Expires"], v.Waived.Select(w => new[]
        {
            Code(w.Finding.RuleId), Location(w.Finding.Location), Html.Escape(w.Waiver.Reason), Html.Escape(w.Waiver.Owner),
            w.Waiver.Expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        Table(html, "Evidence", ["File in the pack", "SHA-256"], v.Evidence.Select(e => new[]
        {
            Code(packPaths.GetValueOrDefault(e.Path.Replace('\\', '/'), e.Path)), $"<code class=\"hash\">{Html.Escape(e.Sha256)}</code>",
        }));
        if (!string.IsNullOrEmpty(v.Details))
        {
            html.Append("<details><summary>The gate's report</summary><pre>").Append(Html.Escape(v.Details)).Append("</pre></details>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>A titled table of already-escaped cells; "None." when there are no rows.</summary>
    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<h3>").Append(title).Append("</h3>\n");
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p class=\"none\">None.</p>\n");
            return;
        }

        html.Append("<table>\n<thead><tr>").Append(string.Concat(headers.Select(h => $"<th>{h}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(c => $"<td>{c}</td>"))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Code(string text) => $"<code>{Html.Escape(text)}</code>";

    private static string Num(double value) => Html.Escape(value.ToString("G7", CultureInfo.InvariantCulture));

    private static string Location(SourceLocation? location) => location is null ? string.Empty : Code(location.ToString());

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
