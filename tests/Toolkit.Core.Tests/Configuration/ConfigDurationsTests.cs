using Toolkit.Core.Configuration;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Core.Tests.Configuration;

public sealed class ConfigDurationsTests
{
    [Theory]
    [InlineData("24h", 24 * 60)]
    [InlineData("1h30m", 90)]
    [InlineData("7d", 7 * 24 * 60)]
    [InlineData("0.5m", 0.5)]
    public void Durations_are_read_prometheus_style(string text, double minutes)
    {
        Assert.True(ConfigDurations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromMinutes(minutes), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0s")]
    [InlineData("24")]
    [InlineData("1 day")]
    [InlineData("5m and more")]
    public void Anything_else_is_not_a_duration(string text)
    {
        Assert.False(ConfigDurations.TryParse(text, out _));
    }

    [Fact]
    public void A_section_reports_a_bad_duration_at_its_value_and_keeps_the_fallback()
    {
        // Given a mapping with a good and a bad duration
        var yaml = new YamlStream();
        yaml.Load(new StringReader("ttl: 6h\nbudget: soon\n"));
        var reader = new SectionReader("gates.yml", (YamlMappingNode)yaml.Documents[0].RootNode);

        // When both are read
        var ttl = reader.Duration("ttl", TimeSpan.FromHours(24));
        var budget = reader.Duration("budget", TimeSpan.FromMinutes(2));

        // Then the good one is bound and the bad one is reported with its position
        Assert.Equal((TimeSpan.FromHours(6), TimeSpan.FromMinutes(2)), (ttl, budget));
        Assert.Equal("gates.yml:2:9: 'budget' must be a duration such as 5m, 1h or 30d, not 'soon'.", Assert.Single(reader.Diagnostics).ToString());
    }
}
