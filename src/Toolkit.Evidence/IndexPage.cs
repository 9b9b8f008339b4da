using System.Globalization;
using System.Text;

namespace Toolkit.Evidence;

/// <summary>
/// <c>index.html</c>: one self-contained page for auditors (inline CSS, no scripts, no external URLs, and a Content
/// Security Policy that would block them anyway). Every text from a verdict is escaped, so a hostile finding shows as text.
/// The page is a view: what is signed is <c>manifest.json</c>, which lists this page's hash too.
/// </summary>
internal static partial class IndexPage
{
    public static byte[] Render(string version, CommitRange range, string signedBy, IReadOnlyList<PackedVerdict> verdicts, IReadOnlyList<EvidenceArtifact> artifacts)
    {
        var packPaths = artifacts.Where(a => a.Source is not null).ToDictionary(a => a.Source!, a => a.Path, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Evidence pack ").Append(Html.Escape(version)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        Header(html, version, range, signedBy, verdicts.Count, artifacts.Count);
        GateTable(html, verdicts);
        for (var i = 0; i < verdicts.Count; i++)
        {
            Gate(html, i, verdicts[i], packPaths);
        }

        Artifacts(html, artifacts);
        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Header(StringBuilder html, string version, CommitRange range, string signedBy, int gates, int files)
    {
        html.Append("<header>\n<h1>Evidence pack <code>").Append(Html.Escape(version)).Append("</code></h1>\n<dl class=\"meta\">\n")
            .Append("<dt>Commits</dt><dd><code>").Append(Html.Escape(range.From ?? "(first release)")).Append("</code> .. <code>").Append(Html.Escape(range.To)).Append("</code></dd>\n")
            .Append("<dt>Signed by</dt><dd><code>").Append(Html.Escape(signedBy)).Append("</code></dd>\n")
            .Append("<dt>Contents</dt><dd>").Append(Count(gates, "gate verdict")).Append(", ").Append(Count(files, "file")).Append(" besides this page</dd>\n")
            .Append("<dt>Verify</dt><dd><code>gate evidence verify evidence.zip --key &lt;public key&gt;</code></dd>\n</dl>\n")
            .Append("<p class=\"note\">This page is a view of the pack. What is signed is <code>manifest.json</code> (DSSE envelope in <code>manifest.dsse.json</code>), which lists every file, this page included, with its SHA-256.</p>\n</header>\n");
    }

    private static void GateTable(StringBuilder html, IReadOnlyList<PackedVerdict> verdicts)
    {
        html.Append("<section id=\"gates\">\n<h2>Gates</h2>\n<table>\n<thead><tr><th>Gate</th><th>Key</th><th>Environment</th><th>Verdict</th><th>Summary</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < verdicts.Count; i++)
        {
            var v = verdicts[i].Verdict;
            html.Append("<tr data-gate=\"").Append(Html.Escape(v.Gate)).Append("\"><td><a href=\"#gate-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Escape(v.Gate)).Append("</a></td><td><code>").Append(Html.Escape(v.Key)).Append("</code></td><td>").Append(Html.Escape(v.Environment))
                .Append("</td><td>").Append(Badge(v)).Append("</td><td>").Append(Html.Escape(v.Summary)).Append("</td><td class=\"num\">")
                .Append(v.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Artifacts(StringBuilder html, IReadOnlyList<EvidenceArtifact> artifacts)
    {
        html.Append("<section id=\"artifacts\">\n<h2>Artifacts</h2>\n<table>\n<thead><tr><th>Path</th><th>Kind</th><th>Size</th><th>SHA-256</th></tr></thead>\n<tbody>\n");
        foreach (var a in artifacts)
        {
            html.Append("<tr><td><a href=\"").Append(Html.Escape(a.Path)).Append("\"><code>").Append(Html.Escape(a.Path)).Append("</code></a></td><td>")
                .Append(Html.Escape(a.Name)).Append("</td><td class=\"num\">").Append(a.Size.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td><code class=\"hash\">").Append(Html.Escape(a.Sha256)).Append("</code></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Badge(Toolkit.Core.Verdicts.GateVerdict verdict)
    {
        var word = verdict.Verdict.ToString().ToLowerInvariant();
        return $"<span class=\"badge {word}\">{word}{(verdict.FailOpen ? " (fail-open)" : string.Empty)}</span>";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
