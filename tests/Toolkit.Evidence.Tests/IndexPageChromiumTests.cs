using Toolkit.Core.Gates;
using Toolkit.Evidence.Tests.Fixtures;
using Toolkit.Testing;

namespace Toolkit.Evidence.Tests;

/// <summary>index.html as a browser sees it: headless Chromium, whose only network is a proxy that serves nothing.</summary>
[Trait("Needs", "Chromium")]
public sealed class IndexPageChromiumTests
{
    private static string WriteIndex(SamplePack sample, TempDirectory folder) =>
        folder.Write("index.html", IndexPageTests.Index(sample));

    [Fact]
    public async Task The_page_loads_without_network_and_shows_every_gate_and_the_hostile_finding_as_text()
    {
        // Given a pack's index.html
        using var sample = new SamplePack();
        using var folder = new TempDirectory();
        var page = WriteIndex(sample, folder);
        using var proxy = new RecordingProxy();

        // When Chromium renders it with no network
        var dom = await Chromium.DumpDomAsync(page, proxy);

        // Then every gate is there with its verdict, the hostile message is text, and the page asked for nothing
        foreach (var gate in GateIds.All)
        {
            Assert.Contains($"<section class=\"gate\" id=\"gate-", dom, StringComparison.Ordinal);
            Assert.Contains($"data-gate=\"{gate}\"", dom, StringComparison.Ordinal);
        }

        Assert.Contains("<span class=\"badge fail\">fail</span>", dom, StringComparison.Ordinal);
        Assert.Contains("<title>Evidence pack v3.0.0</title>", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(proxy.PageHosts);
    }

    [Fact]
    public async Task The_proxy_does_see_a_page_that_fetches_something()
    {
        // Given a page with external references (the control for the test above)
        using var folder = new TempDirectory();
        var page = folder.Write("external.html", "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"http://cdn.example/x.css\"></head><body><img src=\"https://images.example/a.png\"></body></html>");
        using var proxy = new RecordingProxy();

        // When Chromium renders it
        await Chromium.DumpDomAsync(page, proxy);

        // Then the proxy recorded both hosts
        Assert.Contains("cdn.example", proxy.PageHosts);
        Assert.Contains("images.example", proxy.PageHosts);
    }

    [Fact]
    public async Task A_screenshot_of_the_page_is_a_full_size_png_with_content()
    {
        using var sample = new SamplePack();
        using var folder = new TempDirectory();
        var page = WriteIndex(sample, folder);
        using var proxy = new RecordingProxy();
        var png = folder.Combine("index.png");

        await Chromium.ScreenshotAsync(page, png, 1280, 2000, proxy);

        var bytes = File.ReadAllBytes(png);
        Assert.True(Png.HasSignature(bytes));
        Assert.Equal((1280, 2000), Png.Size(bytes));
        Assert.True(Png.DistinctDataBytes(bytes) > 32, "the screenshot looks blank");
    }
}
