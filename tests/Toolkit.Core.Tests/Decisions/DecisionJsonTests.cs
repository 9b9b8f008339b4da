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

    [Theory]
    [InlineData(VerdictStatus.Pass, 1d, true)]
    [InlineData(VerdictStatus.Fail, 0d, false)]
    [InlineData(VerdictStatus.Error, 1d, false)]
    public void Drill_recent_and_dr_come_from_the_dr_freshness_verdict(VerdictStatus status, double drillRecent, bool expected)
    {
        // Given a dr-freshness verdict with its drill_recent metric
        var dr = new GateVerdict("dr-freshness", status, "2 systems") { Metrics = new Dictionary<string, double> { ["drill_recent"] = drillRecent } };

        // When it is decided
        using var json = JsonDocument.Parse(DecisionJson.Serialize(DecisionEngine.Decide([dr], ["dr-freshness"])));

        // Then the go/no-go carries dr and drill_recent, in the contract's order (an error never counts as a recent drill)
        Assert.Equal(status.ToString().ToLowerInvariant(), json.RootElement.GetProperty("gates").GetProperty("dr").GetString());
        Assert.Equal(expected, json.RootElement.GetProperty("drill_recent").GetBoolean());
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(names.IndexOf("evidence_signed") - 1, names.IndexOf("drill_recent"));
    }
}
