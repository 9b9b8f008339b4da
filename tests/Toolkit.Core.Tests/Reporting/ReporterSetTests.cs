using Toolkit.Core.Reporting;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Reporting;

public sealed class ReporterSetTests
{
    [Fact]
    public void The_default_set_has_every_built_in_format()
    {
        // Given the default reporters
        // When their formats are listed
        // Then json, markdown, sarif and junit are there
        Assert.Equal(["json", "markdown", "sarif", "junit"], ReporterSet.Default.Formats);
    }

    [Fact]
    public async Task Writes_each_asked_format_beside_the_verdict()
    {
        // Given an output directory
        using var directory = new TempDirectory();

        // When a verdict is written in every format
        var written = await ReporterSet.Default.WriteAsync(SampleVerdicts.Failing(), directory.Path, ["markdown", "sarif", "junit"], CancellationToken.None);

        // Then each file is there under its conventional name
        Assert.Equal(
            ["supply-chain.verdict.json", "supply-chain.md", "supply-chain.sarif", "supply-chain.junit.xml"],
            written.Select(Path.GetFileName));
        Assert.All(written, path => Assert.True(new FileInfo(path).Length > 0));
    }
}
