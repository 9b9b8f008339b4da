using System.Text;
using System.Text.RegularExpressions;
using Toolkit.Core.Gates;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

public sealed partial class IndexPageTests
{
    internal static string Index(SamplePack sample) =>
        Encoding.UTF8.GetString(SamplePack.Contents(sample.Create()).Single(c => c.Name == "index.html").Content);

    [Fact]
    public void Every_gate_is_shown_with_its_verdict_summary_metrics_and_thresholds()
    {
        using var sample = new SamplePack();

        var html = Index(sample);

        foreach (var gate in GateIds.All)
        {
            Assert.Contains($"data-gate=\"{gate}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-verdict=\"fail\"", html, StringComparison.Ordinal);
        Assert.Contains("<code>p95_ms&lt;=150</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>headroom.web</code></td><td>0.31</td>", html, StringComparison.Ordinal);
        Assert.Contains("GHSA-dddd-eeee-ffff", html, StringComparison.Ordinal);
        Assert.Contains("<code>sbom/sbom.spdx.json</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_verdicts_is_escaped_so_a_hostile_finding_stays_text()
    {
        using var sample = new SamplePack();

        var html = Index(sample);

        Assert.DoesNotContain(SampleGateOutput.HostileMessage, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;", html, StringComparison.Ordinal);
        Assert.Contains("deploy/&lt;b&gt;web&lt;/b&gt;.yaml:7", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_references_nothing_outside_itself()
    {
        using var sample = new SamplePack();

        var html = Index(sample);

        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
        var markup = string.Concat(Tag().Matches(html).Select(m => m.Value));
        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</style>", StringComparison.Ordinal)];
        Assert.DoesNotContain("src=", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", style, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", style, StringComparison.OrdinalIgnoreCase);
        var artifacts = sample.Verify(sample.Create()).Manifest!.Artifacts.Select(a => a.Path).ToHashSet();
        foreach (var href in Href().Matches(html).Select(m => m.Groups[1].Value))
        {
            // Links only within the page, or to a file of the pack (relative, as listed in the manifest).
            Assert.True(href.StartsWith('#') || artifacts.Contains(href), $"unexpected link {href}");
        }
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    /// <summary>Tags only: escaped text holds no '&lt;', so what this matches is markup the page really has.</summary>
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
