using Toolkit.Core.Configuration;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Gates;

public sealed class GateOutcomeTests
{
    [Fact]
    public void Invalid_configuration_names_every_problem_and_points_at_the_first_in_a_file()
    {
        // Given one problem of an option and two of gates.yml
        ConfigDiagnostic[] problems =
        [
            new(ConfigDiagnostic.CommandLine, 0, 0, "--at 'soon' is not a time."),
            new(".github/gates.yml", 7, 5, "unknown key 'drils'.", "drills"),
            new(".github/gates.yml", 9, 3, "max_drill_age is not a duration."),
        ];

        // When the gate reports them
        var outcome = GateOutcome.InvalidConfiguration(GateIds.Dr, problems);

        // Then the verdict is error, each problem is in the message and the finding sits at the first file problem
        Assert.True(outcome.IsError);
        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(GateOutcome.CouldNotEvaluateRule, finding.RuleId);
        Assert.StartsWith("The dr-freshness configuration is invalid: --at 'soon' is not a time.", finding.Message, StringComparison.Ordinal);
        Assert.Contains(".github/gates.yml:7:5: unknown key 'drils'. Did you mean 'drills'?", finding.Message, StringComparison.Ordinal);
        Assert.Contains(".github/gates.yml:9:3: max_drill_age is not a duration.", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(".github/gates.yml", 7, 5), finding.Location);
    }

    [Fact]
    public void Problems_of_options_alone_are_their_own_message()
    {
        var outcome = GateOutcome.InvalidConfiguration(GateIds.Policy, [new(ConfigDiagnostic.CommandLine, 0, 0, "--pack 'k9s' is unknown. Fix: use kubernetes.")]);

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal("--pack 'k9s' is unknown. Fix: use kubernetes.", finding.Message);
        Assert.Null(finding.Location);
    }
}
