using System.Text;
using Toolkit.Gates.SupplyChain.Tests.Fakes;
using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class OsvSeverityTests
{
    private static OsvAdvisory Parse(string json) =>
        OsvParser.Parse(Encoding.UTF8.GetBytes(json), "test.json") ?? throw new InvalidOperationException("the record was skipped");

    [Fact]
    public void A_record_with_only_a_cvss_v4_vector_gets_its_computed_score()
    {
        // Given a record whose only severity is a CVSS v4 vector (7.7) and no label
        var advisory = Parse(Samples.Osv("GHSA-v4", "npm", "ms", "0", "2.0.0", cvssV4: Samples.HighV4));

        // When it is read
        // Then the severity comes from the v4 score
        Assert.Equal(VulnerabilitySeverity.High, advisory.Severity);
        Assert.Equal(7.7, advisory.Score);
        Assert.Equal(CvssRating.High, advisory.Rating);
        Assert.Equal("4.0", advisory.CvssVersion);
        Assert.Equal(Samples.HighV4, advisory.Vector);
        Assert.Empty(advisory.SeverityNotes);
    }

    [Fact]
    public void With_both_versions_the_v4_vector_is_preferred_even_when_listed_second()
    {
        // Given v3 9.8 (critical) listed first and v4 7.7 (high) second
        var advisory = Parse(Samples.Osv("GHSA-both", "npm", "ms", "0", "2.0.0", Samples.Critical, cvssV4: Samples.HighV4));

        // When it is read
        // Then v4 decides
        Assert.Equal((VulnerabilitySeverity.High, 7.7, "4.0"), (advisory.Severity, advisory.Score, advisory.CvssVersion));
    }

    [Fact]
    public void A_bad_v4_vector_falls_back_to_the_v3_one_and_is_noted()
    {
        // Given a v4 vector with an unknown metric, and a valid v3 one
        var advisory = Parse(Samples.Osv("GHSA-bad4", "npm", "ms", "0", "2.0.0", Samples.Critical, cvssV4: Samples.HighV4 + "/ZZ:Q"));

        // When it is read
        // Then v3 decides and the note says why v4 was not used
        Assert.Equal((VulnerabilitySeverity.Critical, 9.8, "3.1"), (advisory.Severity, advisory.Score, advisory.CvssVersion));
        var note = Assert.Single(advisory.SeverityNotes);
        Assert.Contains("CVSS_V4", note, StringComparison.Ordinal);
        Assert.Contains("unknown metric 'ZZ'", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "missing mandatory base metric SA")]
    [InlineData("CVSS:4.0/AV:N/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "metric AV is given twice")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "not 'CVSS:4.0/'")]
    public void A_bad_v4_vector_alone_falls_back_to_the_records_label(string vector, string reason)
    {
        // Given a record with an invalid v4 vector and database_specific.severity HIGH
        var advisory = Parse(Samples.Osv("GHSA-label", "npm", "ms", "0", "2.0.0", dbSeverity: "HIGH", cvssV4: vector));

        // When it is read
        // Then the label decides, nothing is scored, and the vector is kept with a note
        Assert.Equal(VulnerabilitySeverity.High, advisory.Severity);
        Assert.Null(advisory.Score);
        Assert.Null(advisory.Rating);
        Assert.Equal(vector, advisory.Vector);
        Assert.Contains(reason, Assert.Single(advisory.SeverityNotes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_v4_vector_without_a_label_leaves_the_severity_unknown()
    {
        var advisory = Parse(Samples.Osv("GHSA-none", "npm", "ms", "0", "2.0.0", cvssV4: "CVSS:4.0/garbage"));

        Assert.Equal(VulnerabilitySeverity.Unknown, advisory.Severity);
        Assert.Null(advisory.Score);
        Assert.Single(advisory.SeverityNotes);
    }

    [Fact]
    public void A_v4_vector_with_no_impact_scores_zero_and_rates_none()
    {
        // Given a v4 vector with no impact at all (0.0)
        var advisory = Parse(Samples.Osv("GHSA-zero", "npm", "ms", "0", "2.0.0", cvssV4: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N"));

        // When it is read
        // Then the score is 0.0, rated none, which has no advisory severity (as a v3 0.0 has none)
        Assert.Equal((0.0, CvssRating.None, VulnerabilitySeverity.Unknown), (advisory.Score, advisory.Rating, advisory.Severity));
    }
}
