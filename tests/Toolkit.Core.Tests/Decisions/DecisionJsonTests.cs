using System.Text.Json;
using Toolkit.Core.Decisions;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Decisions;

public sealed class DecisionJsonTests
{
    [Fact]
    public void The_document_carries_the_release_contract_fields_in_its_order()
    {
        var decision = DecisionEngine.Decide([new GateVerdict("policy-ci", VerdictStatus.Pass, "ok")], ["policy-ci"]) with { Version = "v3.0.0", EvidenceSigned = true };

        using var json = JsonDocument.Parse(DecisionJson.Serialize(decision));

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        string[] contract = ["version", "gates", "headroom", "exceptions", "risk_open", "evidence_signed"];
        Assert.Equal(contract, names.Where(contract.Contains));
        Assert.True(json.RootElement.GetProperty("evidence_signed").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("risk_open").EnumerateArray());
        Assert.False(json.RootElement.TryGetProperty("drill_recent", out _));
    }

    [Fact]
    public void Evidence_is_not_signed_unless_a_verified_pack_said_so()
    {
        var decision = DecisionEngine.Decide([new GateVerdict("policy-ci", VerdictStatus.Pass, "ok")], ["policy-ci"]);

        using var json = JsonDocument.Parse(DecisionJson.Serialize(decision));

        Assert.False(json.RootElement.GetProperty("evidence_signed").GetBoolean());
        Assert.True(decision.Go);
    }
}
