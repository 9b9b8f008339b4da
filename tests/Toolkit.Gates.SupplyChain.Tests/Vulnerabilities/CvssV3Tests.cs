using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class CvssV3Tests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1)]
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", 5.5)]
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9)]
    [InlineData("CVSS:3.0/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N", 1.6)]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0)]
    public void Base_scores_match_the_nvd_calculator(string vector, double expected)
    {
        // Given a vector scored by the FIRST/NVD calculator
        // When the base score is computed
        var score = CvssV3.BaseScore(vector);

        // Then it is the same
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData(4.0, 4.0)]
    [InlineData(4.02, 4.1)]
    [InlineData(4.000001, 4.0)]
    [InlineData(8.91, 9.0)]
    public void Roundup_follows_the_specification(double input, double expected)
    {
        // Given the v3.1 Roundup, which avoids floating point artefacts
        // When a value is rounded up
        // Then it is the smallest one-decimal number at or above it
        Assert.Equal(expected, CvssV3.Roundup(input));
    }

    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [InlineData("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    public void Incomplete_or_foreign_vectors_have_no_score(string vector) =>
        Assert.Null(CvssV3.BaseScore(vector));

    [Theory]
    [InlineData(9.8, VulnerabilitySeverity.Critical)]
    [InlineData(7.0, VulnerabilitySeverity.High)]
    [InlineData(6.9, VulnerabilitySeverity.Moderate)]
    [InlineData(0.1, VulnerabilitySeverity.Low)]
    public void Scores_fall_into_the_cvss_bands(double score, VulnerabilitySeverity expected) =>
        Assert.Equal(expected, Severities.FromScore(score));
}
