using Toolkit.Core.Decisions;
using Toolkit.Core.Json;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Decisions;

public sealed class DecisionEngineDuplicateTests
{
    [Fact]
    public void Two_verdicts_for_one_gate_are_a_no_go_whatever_their_order()
    {
        GateVerdict[] verdicts = [new("policy-ci", VerdictStatus.Fail, "bad"), new("policy-ci", VerdictStatus.Pass, "ok")];

        var decision = DecisionEngine.Decide(verdicts, ["policy-ci"]);

        Assert.False(decision.Go);
        Assert.Contains(decision.Problems, p => p.StartsWith("policy-ci: 2 verdicts for one gate", StringComparison.Ordinal));
        Assert.Equal("fail", decision.Gates[decision.Lines[0].Key]);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"PASS\"")]
    public void A_verdict_file_that_does_not_match_the_schema_is_not_read(string verdict)
    {
        var json = VerdictJson.Serialize(new GateVerdict("policy-ci", VerdictStatus.Pass, "ok")).Replace("\"verdict\": \"pass\"", $"\"verdict\": {verdict}", StringComparison.Ordinal);

        var (parsed, error) = VerdictJson.Parse(json);

        Assert.Null(parsed);
        Assert.Contains("does not match schemas/verdict.schema.json: /verdict", error, StringComparison.Ordinal);
    }
}
