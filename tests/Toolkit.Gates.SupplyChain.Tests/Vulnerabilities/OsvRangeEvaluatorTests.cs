using Toolkit.Gates.SupplyChain.Inventory;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class OsvRangeEvaluatorTests
{
    private static OsvAffected Range(string type, params (string Kind, string Version)[] events) =>
        new("npm", "pkg", [new OsvRange(type, events.Select(e => new OsvEvent(e.Kind, e.Version)).ToList())], []);

    [Theory]
    [InlineData("0.9.9", false)]
    [InlineData("1.0.0", true)]
    [InlineData("1.4.9", true)]
    [InlineData("1.5.0", false)]
    [InlineData("2.0.0", true)]
    [InlineData("2.1.0", true)]
    [InlineData("2.1.1", false)]
    public void Introduced_fixed_and_last_affected_events_bound_the_affected_versions(string version, bool expected)
    {
        // Given two affected spans: [1.0.0, 1.5.0) and [2.0.0, 2.1.0]
        var affected = Range("SEMVER", ("introduced", "1.0.0"), ("fixed", "1.5.0"), ("introduced", "2.0.0"), ("last_affected", "2.1.0"));

        // When a version is evaluated
        var (hit, _) = OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, version);

        // Then it is affected exactly inside the spans
        Assert.Equal(expected, hit);
    }

    [Fact]
    public void Events_are_evaluated_in_version_order_whatever_order_they_are_written_in()
    {
        // Given events written out of order, introduced "0" last
        var affected = Range("SEMVER", ("fixed", "3.0.0"), ("introduced", "0"));

        // When versions below and at the fix are evaluated
        // Then everything below the fix is affected, and the fix is named
        Assert.Equal((true, "3.0.0"), OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, "0.0.1"));
        Assert.False(OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, "3.0.0").Affected);
    }

    [Fact]
    public void A_prerelease_of_the_fixed_version_is_still_affected()
    {
        // Given a fix in 2.0.0
        var affected = Range("SEMVER", ("introduced", "0"), ("fixed", "2.0.0"));

        // When a pre-release of 2.0.0 is evaluated
        // Then it sorts before the release and is affected
        Assert.True(OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, "2.0.0-rc.1").Affected);
    }

    [Theory]
    [InlineData("1.9.0", true)]
    [InlineData("2.0.0", false)]
    public void A_limit_caps_the_range(string version, bool expected)
    {
        // Given an open-ended range limited at 2.0.0
        var affected = Range("SEMVER", ("introduced", "1.0.0"), ("limit", "2.0.0"));

        // When versions around the limit are evaluated
        // Then only versions below it are affected
        Assert.Equal(expected, OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, version).Affected);
    }

    [Fact]
    public void Explicitly_listed_versions_are_affected_and_nuget_versions_compare_normalized()
    {
        // Given a NuGet advisory listing 4.0 and an ECOSYSTEM range fixed in 13.0.1
        var affected = new OsvAffected("NuGet", "Newtonsoft.Json", [new OsvRange("ECOSYSTEM", [new OsvEvent("introduced", "0"), new OsvEvent("fixed", "13.0.1")])], ["4.0"]);
        var listedOnly = affected with { Ranges = [] };

        // When NuGet versions are evaluated
        // Then 4.0.0 equals the listed 4.0, 12.0.3 is in range with 13.0.1 as fix, 13.0.1 is fixed
        Assert.True(OsvRangeEvaluator.Evaluate(listedOnly, Ecosystem.NuGet, "4.0.0").Affected);
        Assert.Equal((true, "13.0.1"), OsvRangeEvaluator.Evaluate(affected, Ecosystem.NuGet, "12.0.3"));
        Assert.False(OsvRangeEvaluator.Evaluate(affected, Ecosystem.NuGet, "13.0.1").Affected);
    }

    [Fact]
    public void Git_ranges_are_not_evaluated_against_package_versions()
    {
        // Given a GIT range with commit hashes
        var affected = Range("GIT", ("introduced", "0"), ("fixed", "abc123"));

        // When a version is evaluated
        // Then the range does not apply
        Assert.False(OsvRangeEvaluator.Evaluate(affected, Ecosystem.Npm, "1.0.0").Affected);
    }

    [Fact]
    public void Records_without_cvss_use_the_database_severity_and_withdrawn_records_are_skipped()
    {
        // Given an OSV record with only a database severity, and a withdrawn one
        var labelled = Fakes.Samples.Osv("GHSA-aaaa-bbbb-cccc", "npm", "left-pad", "0", "1.3.0", dbSeverity: "MODERATE");
        var withdrawn = labelled.Replace("\"modified\"", "\"withdrawn\": \"2026-01-02T00:00:00Z\", \"modified\"", StringComparison.Ordinal);

        // When they are parsed
        var advisory = OsvParser.Parse(System.Text.Encoding.UTF8.GetBytes(labelled), "labelled.json");

        // Then the label is used, and the withdrawn record is dropped
        Assert.Equal(VulnerabilitySeverity.Moderate, advisory!.Severity);
        Assert.Null(advisory.Score);
        Assert.Null(OsvParser.Parse(System.Text.Encoding.UTF8.GetBytes(withdrawn), "withdrawn.json"));
    }
}
