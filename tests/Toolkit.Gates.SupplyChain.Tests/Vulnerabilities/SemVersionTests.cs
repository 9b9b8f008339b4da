using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class SemVersionTests
{
    [Fact]
    public void Versions_sort_in_the_semver_specification_order()
    {
        // Given the precedence example of semver 2.0.0 §11, shuffled
        string[] expected = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0", "2.0.0"];
        var shuffled = expected.Reverse().ToArray();

        // When they are sorted by the npm comparer
        var sorted = shuffled.Order(VersionComparers.For(Toolkit.Gates.SupplyChain.Inventory.Ecosystem.Npm)).ToArray();

        // Then the order is the specification's
        Assert.Equal(expected, sorted);
    }

    [Theory]
    [InlineData("v1.2.3", "1.2.3", 0)]
    [InlineData("1.2.3+build.5", "1.2.3", 0)]
    [InlineData("10.0.0", "9.99.99", 1)]
    [InlineData("1.0.0-2", "1.0.0-10", -1)]
    [InlineData("1.0.0-alpha", "1.0.0-1", 1)]
    public void Comparison_ignores_build_and_compares_numbers_numerically(string a, string b, int expected) =>
        Assert.Equal(expected, Math.Sign(SemVersion.TryParse(a)!.CompareTo(SemVersion.TryParse(b))));

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.2.x")]
    [InlineData("1.2.3-")]
    [InlineData("")]
    public void Malformed_versions_are_rejected(string text) => Assert.Null(SemVersion.TryParse(text));

    // Checked against node-semver 7.8.5 (npm's own): semver.valid() gives null for each of these.
    [Theory]
    [InlineData("9007199254740992.0.0")] // above Number.MAX_SAFE_INTEGER: the rule Semver 3.0.0 does not follow
    [InlineData("=1.2.3")]
    [InlineData("V1.2.3")]
    [InlineData("01.2.3")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3+")]
    public void Versions_npm_refuses_are_refused(string text) => Assert.Null(SemVersion.TryParse(text));

    [Theory]
    [InlineData("9007199254740991.0.0")]
    [InlineData(" v1.2.3 ")]
    [InlineData("1.2.3-alpha.-1")]
    [InlineData("1.2.3-0a")]
    [InlineData("0.0.0-20191109021931-daa7c04131f5")]
    public void Versions_npm_accepts_are_accepted(string text) => Assert.NotNull(SemVersion.TryParse(text));
}
