using Toolkit.Core.Decisions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Decisions;

public sealed class DecisionEngineTests
{
    [Fact]
    public void Warn_blocks_only_when_fail_on_is_warn()
    {
        GateVerdict[] verdicts = [new("policy-ci", VerdictStatus.Warn, "1 warning")];

        Assert.True(DecisionEngine.Decide(verdicts, ["policy-ci"]).Go);
        Assert.False(DecisionEngine.Decide(verdicts, ["policy-ci"], VerdictStatus.Warn).Go);
    }

    [Fact]
    public void Gates_are_listed_in_release_contract_order_with_short_keys()
    {
        GateVerdict[] verdicts = [new("policy-ci", VerdictStatus.Pass, "ok"), new("slo-gates", VerdictStatus.Pass, "ok")];

        var decision = DecisionEngine.Decide(verdicts, ["supply-chain"]);

        Assert.Equal(["slo-gates", "supply-chain", "policy-ci"], decision.Lines.Select(l => l.Gate));
        Assert.Equal(["slo", "supply_chain", "policy"], decision.Lines.Select(l => l.Key));
        Assert.Equal("missing", decision.Gates["supply_chain"]);
        Assert.False(decision.Go);
    }

    [Fact]
    public void A_problem_with_the_inputs_is_a_no_go_even_when_every_gate_passed()
    {
        var decision = DecisionEngine.Decide([new GateVerdict("policy-ci", VerdictStatus.Pass, "ok")], ["policy-ci"], problems: ["x.verdict.json: broken"]);

        Assert.False(decision.Go);
    }
    [Fact]
    public void Risks_that_did_not_block_are_open_risks()
    {
        GateVerdict[] verdicts =
        [
            new("supply-chain", VerdictStatus.Warn, "1 medium"),
            new("policy-ci", VerdictStatus.Fail, "2 errors"),
            new("slo-gates", VerdictStatus.Pass, "ok"),
            new("migration-gate", VerdictStatus.Fail, "lint"),
        ];

        var decision = DecisionEngine.Decide(verdicts, ["supply-chain", "slo-gates", "migration-gate"]);

        Assert.Equal(["supply-chain", "policy-ci"], decision.RiskOpen.Select(l => l.Gate));
        Assert.Equal(["migration-gate"], decision.Blocking.Select(l => l.Gate));
    }
}
