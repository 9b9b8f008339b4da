using Toolkit.Core.Configuration;

namespace Toolkit.Core.Tests.Configuration;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("enviroment", "environment")]
    [InlineData("fial_on", "fail_on")]
    [InlineData("REQUIRED", "required")]
    [InlineData("xyz", null)]
    public void Suggests_the_nearest_key_only_when_it_reads_as_a_typo(string typo, string? expected)
    {
        Assert.Equal(expected, Suggestions.Nearest(typo, ["environment", "output", "required", "fail_on", "fail_open"]));
    }
}
