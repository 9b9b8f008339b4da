using Toolkit.Gates.SupplyChain.Vulnerabilities;

namespace Toolkit.Gates.SupplyChain.Tests.Vulnerabilities;

public sealed class CvssV4Tests
{
    private const string Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    // Scores of the FIRST calculator (cvss40.js). Sources: the specification's and calculator's own examples, and the
    // score table of pablotron/polycvss (src/v4/tests.rs), generated with the official calculator, for full B/T/E vectors.
    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 10.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:H/SI:H/SA:H", 7.9)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", 6.9)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N", 8.5)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:N/SC:N/SI:N/SA:N", 8.8)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:L/VI:H/VA:L/SC:N/SI:N/SA:N", 7.0)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:N/SC:L/SI:H/SA:H", 5.9)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:H/SA:H", 7.2)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", 6.0)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", 9.1)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 7.3)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 7.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N", 8.3)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", 4.6)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", 9.1)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U", 5.2)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:N/SA:N/E:A/MAV:A", 8.7)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVI:L/MSA:S", 9.8)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:H/SA:H/MSC:H/MSI:S/MSA:S", 6.4)]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/CR:H/IR:L/AR:L/MAV:N/MAC:H/MVC:H/MVI:L/MVA:L", 8.1)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:N/PR:L/UI:A/VC:L/VI:N/VA:L/SC:H/SI:L/SA:H/E:X/CR:X/IR:M/AR:L/MAV:N/MAC:X/MAT:X/MPR:H/MUI:X/MVC:L/MVI:L/MVA:N/MSC:H/MSI:N/MSA:H", 4.5)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:N/VC:L/VI:L/VA:L/SC:L/SI:H/SA:L/E:P/CR:H/IR:L/AR:L/MAV:P/MAC:L/MAT:X/MPR:L/MUI:P/MVC:H/MVI:L/MVA:H/MSC:H/MSI:N/MSA:X", 3.7)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:N/VI:N/VA:L/SC:H/SI:N/SA:N/E:A/CR:M/IR:M/AR:H/MAV:N/MAC:X/MAT:P/MPR:X/MUI:A/MVC:X/MVI:H/MVA:X/MSC:H/MSI:X/MSA:H", 5.7)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:P/PR:H/UI:P/VC:N/VI:L/VA:L/SC:N/SI:N/SA:N/E:U/CR:M/IR:X/AR:X/MAV:L/MAC:H/MAT:N/MPR:X/MUI:X/MVC:L/MVI:H/MVA:L/MSC:L/MSI:H/MSA:L", 1.6)]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:A/VC:L/VI:N/VA:N/SC:H/SI:N/SA:L/E:X/CR:X/IR:M/AR:X/MAV:N/MAC:X/MAT:X/MPR:N/MUI:A/MVC:X/MVI:H/MVA:H/MSC:H/MSI:X/MSA:H", 8.4)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:H/UI:N/VC:H/VI:N/VA:H/SC:N/SI:L/SA:L/E:P/CR:M/IR:H/AR:L/MAV:L/MAC:X/MAT:N/MPR:N/MUI:X/MVC:N/MVI:X/MVA:X/MSC:L/MSI:N/MSA:L", 4.6)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:H/UI:P/VC:H/VI:H/VA:H/SC:H/SI:L/SA:L/E:U/CR:X/IR:X/AR:L/MAV:A/MAC:L/MAT:X/MPR:H/MUI:A/MVC:H/MVI:L/MVA:H/MSC:H/MSI:S/MSA:H", 6.0)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:L/UI:A/VC:N/VI:N/VA:L/SC:N/SI:N/SA:L/E:U/CR:M/IR:H/AR:M/MAV:N/MAC:H/MAT:N/MPR:N/MUI:X/MVC:N/MVI:X/MVA:X/MSC:N/MSI:N/MSA:L", 0.5)]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:P/PR:L/UI:N/VC:H/VI:N/VA:L/SC:N/SI:H/SA:L/E:A/CR:M/IR:L/AR:H/MAV:A/MAC:X/MAT:N/MPR:N/MUI:N/MVC:X/MVI:L/MVA:H/MSC:N/MSI:N/MSA:N", 7.1)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:H/SC:H/SI:H/SA:N/E:A/CR:X/IR:H/AR:M/MAV:N/MAC:X/MAT:P/MPR:L/MUI:A/MVC:X/MVI:H/MVA:L/MSC:X/MSI:S/MSA:X", 8.5)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:N/PR:H/UI:P/VC:H/VI:L/VA:H/SC:N/SI:L/SA:H/E:A/CR:L/IR:M/AR:X/MAV:X/MAC:H/MAT:N/MPR:X/MUI:X/MVC:N/MVI:X/MVA:L/MSC:N/MSI:H/MSA:X", 2.1)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:A/VC:H/VI:N/VA:L/SC:L/SI:L/SA:N/E:P/CR:X/IR:X/AR:L/MAV:N/MAC:H/MAT:N/MPR:L/MUI:P/MVC:X/MVI:N/MVA:H/MSC:N/MSI:X/MSA:L", 5.0)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:P/PR:L/UI:A/VC:L/VI:N/VA:N/SC:H/SI:H/SA:L/E:X/CR:X/IR:M/AR:L/MAV:A/MAC:L/MAT:X/MPR:N/MUI:N/MVC:H/MVI:X/MVA:X/MSC:H/MSI:L/MSA:L", 7.0)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:N/PR:H/UI:P/VC:H/VI:N/VA:N/SC:N/SI:H/SA:H/E:A/CR:H/IR:X/AR:M/MAV:L/MAC:X/MAT:N/MPR:L/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:H/MSA:S", 6.9)]
    [InlineData("CVSS:4.0/AV:N/AC:H/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:H/E:U/CR:H/IR:M/AR:X/MAV:X/MAC:L/MAT:X/MPR:L/MUI:N/MVC:H/MVI:H/MVA:X/MSC:N/MSI:S/MSA:S", 8.9)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:P/VC:N/VI:H/VA:N/SC:L/SI:N/SA:L/E:X/CR:M/IR:L/AR:X/MAV:N/MAC:X/MAT:N/MPR:X/MUI:N/MVC:L/MVI:X/MVA:X/MSC:X/MSI:S/MSA:H", 9.1)]
    [InlineData("CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:P/VC:N/VI:L/VA:H/SC:L/SI:L/SA:N/E:A/CR:M/IR:M/AR:H/MAV:N/MAC:L/MAT:P/MPR:H/MUI:X/MVC:H/MVI:H/MVA:X/MSC:L/MSI:S/MSA:S", 9.4)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:L/UI:P/VC:H/VI:H/VA:N/SC:L/SI:N/SA:L/E:U/CR:X/IR:M/AR:M/MAV:L/MAC:X/MAT:X/MPR:H/MUI:P/MVC:H/MVI:N/MVA:N/MSC:X/MSI:L/MSA:N", 0.4)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:L/UI:N/VC:N/VI:N/VA:L/SC:L/SI:H/SA:N/E:U/CR:M/IR:X/AR:L/MAV:N/MAC:L/MAT:N/MPR:X/MUI:P/MVC:L/MVI:X/MVA:N/MSC:X/MSI:L/MSA:L", 1.2)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:N/VC:H/VI:N/VA:L/SC:L/SI:L/SA:H/E:U/CR:L/IR:M/AR:H/MAV:N/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:N/MSC:N/MSI:S/MSA:S", 6.8)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:L/UI:P/VC:N/VI:L/VA:L/SC:H/SI:L/SA:H/E:X/CR:H/IR:M/AR:L/MAV:N/MAC:H/MAT:X/MPR:L/MUI:P/MVC:X/MVI:H/MVA:H/MSC:X/MSI:N/MSA:S", 7.4)]
    [InlineData("CVSS:4.0/AV:A/AC:L/AT:P/PR:N/UI:A/VC:L/VI:N/VA:N/SC:L/SI:N/SA:L/E:P/CR:H/IR:M/AR:L/MAV:P/MAC:L/MAT:N/MPR:X/MUI:A/MVC:L/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X", 0.9)]
    [InlineData("CVSS:4.0/AV:L/AC:H/AT:N/PR:L/UI:A/VC:H/VI:N/VA:H/SC:H/SI:L/SA:N/E:A/CR:M/IR:X/AR:X/MAV:N/MAC:L/MAT:P/MPR:L/MUI:N/MVC:N/MVI:H/MVA:L/MSC:L/MSI:H/MSA:S", 8.7)]
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:N/PR:H/UI:P/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H/E:U/CR:X/IR:X/AR:L/MAV:L/MAC:H/MAT:P/MPR:N/MUI:X/MVC:X/MVI:H/MVA:H/MSC:X/MSI:L/MSA:N", 3.6)]
    public void Scores_match_the_official_calculator(string vector, double expected)
    {
        // Given a vector the FIRST calculator scores
        // When it is scored here
        var scored = CvssV4.TryScore(vector, out var score, out var error);

        // Then the score is the same, to the decimal
        Assert.True(scored, error);
        Assert.Equal(expected, score!.Score);
    }

    [Fact]
    public void The_highest_vector_of_a_macrovector_scores_its_table_value()
    {
        // Given AV:A/AC:H with every impact high: the highest-severity vector of macrovector 110100, listed at 9.0
        // When it is scored (a boundary: the lowest critical score)
        Assert.True(CvssV4.TryScore("CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", out var score, out _));

        // Then there is nothing to interpolate: it is the table's score
        Assert.Equal(("110100", 9.0, CvssRating.Critical), (score.MacroVector, score.Score, score.Rating));
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N", "002201")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N", "112201")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:N/VC:L/VI:N/VA:N/SC:N/SI:H/SA:N/CR:M/IR:L/MAC:H/MAT:P/S:N/AU:N/R:U/RE:L/U:Clear", "112101")]
    [InlineData("CVSS:4.0/AV:P/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:H/SA:H/MSC:H/MSI:S/MSA:S", "202001")]
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:H/UI:P/VC:N/VI:H/VA:N/SC:N/SI:H/SA:H/E:U/CR:M/IR:H/AR:X/MAV:P/MAC:L/MAT:X/MPR:L/MUI:P/MVC:H/MVI:X/MVA:N/MSC:L/MSI:X/MSA:S", "200020")]
    public void Macrovectors_match_the_official_calculator(string vector, string expected)
    {
        Assert.True(CvssV4.TryScore(vector, out var score, out var error), error);
        Assert.Equal(expected, score.MacroVector);
    }

    [Theory]
    [InlineData(Base, "CVSS-B")]
    [InlineData(Base + "/E:P", "CVSS-BT")]
    [InlineData(Base + "/CR:L", "CVSS-BE")]
    [InlineData(Base + "/E:U/MAV:L", "CVSS-BTE")]
    [InlineData(Base + "/E:X/CR:X/MSI:X/S:P/AU:Y/R:A/V:D/RE:L/U:Red", "CVSS-B")]
    public void The_nomenclature_names_the_metric_groups_that_are_set(string vector, string expected)
    {
        Assert.True(CvssV4.TryScore(vector, out var score, out var error), error);
        Assert.Equal(expected, score.Nomenclature);
    }

    [Fact]
    public void Supplemental_metrics_and_not_defined_values_do_not_change_the_score()
    {
        // Given the base vector, and the same with supplemental metrics and every optional metric X
        var optional = string.Concat(CvssV4Metrics.All.Skip(CvssV4Metrics.BaseCount).Select(m => $"/{m.Name}:X"));

        // When all are scored
        Assert.True(CvssV4.TryScore(Base, out var plain, out _));
        Assert.True(CvssV4.TryScore(Base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber", out var supplemental, out _));
        Assert.True(CvssV4.TryScore(Base + optional, out var undefined, out _));

        // Then they score the same (X for E, CR, IR, AR means their worst case, which the base score assumes)
        Assert.Equal(9.3, plain.Score);
        Assert.Equal(plain.Score, supplemental.Score);
        Assert.Equal(plain.Score, undefined.Score);
    }

    [Fact]
    public void Threat_and_environmental_metrics_lower_the_score_as_the_calculator_does()
    {
        // Given the 9.3 base vector with unreported exploitation, then with low security requirements
        // When they are scored
        Assert.True(CvssV4.TryScore(Base + "/E:U", out var unreported, out _));
        Assert.True(CvssV4.TryScore(Base + "/E:P", out var proofOfConcept, out _));
        Assert.True(CvssV4.TryScore(Base + "/CR:L/IR:L/AR:L", out var lowRequirements, out _));

        // Then each is lower (critical becomes high), and the macrovector shows which EQ moved
        Assert.Equal(("000220", 8.1, CvssRating.High), (unreported.MacroVector, unreported.Score, unreported.Rating));
        Assert.Equal(("000210", 8.9, CvssRating.High), (proofOfConcept.MacroVector, proofOfConcept.Score, proofOfConcept.Rating));
        Assert.Equal(("000201", 8.9, CvssRating.High), (lowRequirements.MacroVector, lowRequirements.Score, lowRequirements.Rating));
    }

    [Fact]
    public void Metric_order_does_not_matter()
    {
        // Given the base vector with its metrics reversed and E first
        var reversed = "CVSS:4.0/E:U/" + string.Join('/', Base.Split('/').Skip(1).Reverse());

        // When both are scored
        Assert.True(CvssV4.TryScore(reversed, out var score, out var error), error);

        // Then the order carries no meaning
        Assert.Equal(8.1, score.Score);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("   ", "empty")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "starts with 'CVSS:3.1', not 'CVSS:4.0/'")]
    [InlineData("cvss:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "not 'CVSS:4.0/'")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "not 'CVSS:4.0/'")]
    [InlineData(Base + "/XX:Y", "unknown metric 'XX'")]
    [InlineData(Base + "/C:H", "unknown metric 'C'")]
    [InlineData(Base + "/AV:L", "metric AV is given twice")]
    [InlineData(Base + "/E:A/E:A", "metric E is given twice")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N", "missing mandatory base metric SA")]
    [InlineData("CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H", "missing mandatory base metrics AT, SC, SI, SA")]
    [InlineData("CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "'AV:X' is not a valid value of AV")]
    [InlineData(Base + "/MSC:S", "'MSC:S' is not a valid value of MSC")]
    [InlineData(Base + "/U:red", "'U:red' is not a valid value of U")]
    [InlineData(Base + "/", "'' is not a METRIC:VALUE pair")]
    [InlineData(Base + "/E", "'E' is not a METRIC:VALUE pair")]
    [InlineData(Base + "/E:", "'E:' is not a METRIC:VALUE pair")]
    public void Invalid_vectors_are_rejected_with_the_reason(string? vector, string reason)
    {
        // Given a vector the specification does not allow
        // When it is scored
        var scored = CvssV4.TryScore(vector, out var score, out var error);

        // Then there is no score, and the error says what is wrong
        Assert.False(scored);
        Assert.Null(score);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, CvssRating.None)]
    [InlineData(0.1, CvssRating.Low)]
    [InlineData(3.9, CvssRating.Low)]
    [InlineData(4.0, CvssRating.Medium)]
    [InlineData(6.9, CvssRating.Medium)]
    [InlineData(7.0, CvssRating.High)]
    [InlineData(8.9, CvssRating.High)]
    [InlineData(9.0, CvssRating.Critical)]
    [InlineData(10.0, CvssRating.Critical)]
    public void Ratings_follow_the_qualitative_scale(double score, CvssRating expected) =>
        Assert.Equal(expected, Severities.Rating(score));
}
