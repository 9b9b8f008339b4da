using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

/// <summary>Each ecosystem orders versions its own way; OSV ECOSYSTEM ranges mean that order.</summary>
public sealed class EcosystemVersionOrderingTests
{
    public static TheoryData<Ecosystem, string[]> Ascending => new()
    {
        // Go: pseudo-versions are pre-releases of the next patch; +incompatible is build metadata.
        { Ecosystem.Go, ["v0.0.0-20190101000000-abcdefabcdef", "v0.1.0", "v1.2.3", "v1.2.4-0.20210101000000-abcdefabcdef", "v1.2.4", "v1.9.0", "v1.10.0", "v2.0.0+incompatible"] },
        // crates.io: semver pre-release identifiers, numeric ones numerically.
        { Ecosystem.Cargo, ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.10.0"] },
        // PyPI (PEP 440): dev < pre < final < local < post, epochs first.
        { Ecosystem.PyPI, ["1.0.dev0", "1.0a1.dev0", "1.0a1", "1.0a1.post1", "1.0b1", "1.0rc1", "1.0", "1.0+local.7", "1.0.post1.dev0", "1.0.post1", "1.1", "1.10", "1!0.1"] },
        // RubyGems: a letter makes a pre-release, which sorts before the release.
        { Ecosystem.RubyGems, ["1.0.a", "1.0.b1", "1.0.rc1", "1.0", "1.0.1", "1.9", "1.10"] },
        // Maven: alpha < beta < milestone < rc < snapshot < release < sp < other words; 1-1 < 1.1.
        { Ecosystem.Maven, ["1.0-alpha-1", "1.0-beta-1", "1.0-milestone-1", "1.0-rc-1", "1.0-SNAPSHOT", "1.0", "1.0-sp-1", "1.0-foo", "1-1", "1.0.1", "1.1", "1.10"] },
        // Packagist: dev < alpha < beta < RC < release < patch.
        { Ecosystem.Packagist, ["1.0.0-dev", "1.0.0-alpha1", "1.0.0-beta2", "1.0.0-RC1", "1.0.0", "1.0.0-p1", "1.0.1", "v1.9.0", "1.10.0"] },
        // NuGet: four parts, pre-release labels case-insensitively.
        { Ecosystem.NuGet, ["1.0.0-alpha", "1.0.0-Beta", "1.0.0", "1.0.0.1", "1.0.1", "1.10.0"] },
    };

    public static TheoryData<Ecosystem, string, string> Equal => new()
    {
        { Ecosystem.Go, "v2.0.0+incompatible", "v2.0.0" },
        { Ecosystem.PyPI, "1.0", "1.0.0" },
        { Ecosystem.PyPI, "1.0alpha1", "1.0a1" },
        { Ecosystem.PyPI, "1.0-1", "1.0.post1" },
        { Ecosystem.PyPI, "1.0c1", "1.0rc1" },
        { Ecosystem.PyPI, "v1.0", "1.0" },
        { Ecosystem.RubyGems, "1.0", "1.0.0" },
        { Ecosystem.Maven, "1.0", "1.0.0" },
        { Ecosystem.Maven, "1.0-ga", "1" },
        { Ecosystem.Maven, "1.0-final", "1.0" },
        { Ecosystem.Maven, "1.0-cr1", "1.0-rc1" },
        { Ecosystem.Maven, "1.0-a1", "1.0-alpha-1" },
        { Ecosystem.Packagist, "v1.2.3", "1.2.3" },
        { Ecosystem.NuGet, "1.0", "1.0.0" },
    };

    [Theory]
    [MemberData(nameof(Ascending))]
    public void Versions_sort_in_the_ecosystems_order(Ecosystem ecosystem, string[] ascending)
    {
        // Given versions in ascending order, shuffled
        var shuffled = ascending.Reverse().ToArray();

        // When they are sorted with the ecosystem's comparer
        var sorted = shuffled.Order(VersionComparers.For(ecosystem)).ToArray();

        // Then the order is the ecosystem's, and every version is one it can order
        Assert.Equal(ascending, sorted);
        Assert.All(ascending, v => Assert.True(VersionComparers.IsValid(ecosystem, v), v));
    }

    [Theory]
    [MemberData(nameof(Equal))]
    public void Spellings_of_the_same_version_compare_equal(Ecosystem ecosystem, string a, string b)
    {
        Assert.Equal(0, VersionComparers.For(ecosystem).Compare(a, b));
    }

    [Theory]
    [InlineData(Ecosystem.Go, "v1.2.4-0.20210101000000-abcdefabcdef", "v1.2.4", true)]
    [InlineData(Ecosystem.Go, "v1.2.4", "v1.2.4", false)]
    [InlineData(Ecosystem.PyPI, "2.0rc1", "2.0", true)]
    [InlineData(Ecosystem.PyPI, "2.0.0", "2.0", false)]
    [InlineData(Ecosystem.PyPI, "2.0.post1", "2.0", false)]
    [InlineData(Ecosystem.Maven, "2.0-SNAPSHOT", "2.0", true)]
    [InlineData(Ecosystem.Maven, "2.0-sp1", "2.0", false)]
    [InlineData(Ecosystem.RubyGems, "2.0.0.rc1", "2.0.0", true)]
    [InlineData(Ecosystem.Packagist, "2.0.0-RC1", "2.0.0", true)]
    [InlineData(Ecosystem.Cargo, "2.0.0-beta.1", "2.0.0", true)]
    public void An_ecosystem_range_is_evaluated_in_the_ecosystems_order(Ecosystem ecosystem, string version, string fixedIn, bool affected)
    {
        // Given an OSV ECOSYSTEM range introduced at 0 and fixed at fixedIn
        var range = new OsvAffected(OsvEcosystems.Name(ecosystem), "pkg", [new OsvRange("ECOSYSTEM", [new OsvEvent(OsvEvent.Introduced, "0"), new OsvEvent(OsvEvent.Fixed, fixedIn)])], []);

        // When the version is evaluated
        // Then it is affected exactly when the ecosystem orders it below the fix
        Assert.Equal(affected, OsvRangeEvaluator.Evaluate(range, ecosystem, version).Affected);
    }

    [Theory]
    [InlineData(Ecosystem.Go, "Go")]
    [InlineData(Ecosystem.Cargo, "crates.io")]
    [InlineData(Ecosystem.PyPI, "PyPI")]
    [InlineData(Ecosystem.RubyGems, "RubyGems")]
    [InlineData(Ecosystem.Packagist, "Packagist")]
    [InlineData(Ecosystem.Maven, "Maven")]
    [InlineData(Ecosystem.NuGet, "NuGet")]
    [InlineData(Ecosystem.Npm, "npm")]
    public void Each_ecosystem_has_its_OSV_name(Ecosystem ecosystem, string name)
    {
        Assert.Equal(name, OsvEcosystems.Name(ecosystem));
        Assert.True(OsvEcosystems.TryParse(name, out var parsed));
        Assert.Equal(ecosystem, parsed);
    }
}
