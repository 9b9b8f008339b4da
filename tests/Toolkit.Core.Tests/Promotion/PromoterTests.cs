using System.Text.Json;
using Toolkit.Core.Gates;
using Toolkit.Core.Promotion;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Tests.Promotion;

public sealed class PromoterTests
{
    private static readonly string[] Required = [GateIds.Slo, GateIds.Performance, GateIds.SupplyChain];

    private static GateVerdict Slo(double burn, VerdictStatus status = VerdictStatus.Pass) =>
        new(GateIds.Slo, status, "slo") { Metrics = new Dictionary<string, double> { ["burn"] = burn } };

    private static GateVerdict Perf(params (string Service, double Headroom)[] headroom) =>
        new(GateIds.Performance, VerdictStatus.Pass, "perf") { Metrics = headroom.ToDictionary(h => "headroom." + h.Service, h => h.Headroom) };

    private static GateVerdict Supply(params Finding[] findings) =>
        new(GateIds.SupplyChain, findings.Length == 0 ? VerdictStatus.Pass : VerdictStatus.Fail, "supply") { Findings = findings };

    [Fact]
    public void The_plan_has_the_contract_steps_required_gates_and_abort_conditions()
    {
        var plan = Promoter.Plan([Slo(0), Perf(("web", 0.31), ("api", 0.27)), Supply()], Required, "v3.0.0", Promoter.DefaultSteps, Promoter.DefaultHeadroomTarget);

        using var json = JsonDocument.Parse(PromotionJson.Serialize(plan));
        var root = json.RootElement;
        Assert.Equal("PROMOTE", root.GetProperty("kind").GetString());
        Assert.Equal([10, 50, 100], root.GetProperty("canary").GetProperty("steps").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(["slo", "perf", "supply_chain"], root.GetProperty("required_gates").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("burn>0", root.GetProperty("abort_on").GetProperty("slo").GetString());
        Assert.Equal("headroom<0.20", root.GetProperty("abort_on").GetProperty("perf").GetString());
        Assert.Equal("attest/sign missing", root.GetProperty("abort_on").GetProperty("supply_chain").GetString());
        Assert.True(root.GetProperty("ready").GetBoolean());
    }

    [Fact]
    public void Burn_rolls_back_as_an_slo_breach_even_when_other_gates_fail_too()
    {
        var check = Promoter.Check([Slo(2.5), Perf(("web", 0.12)), Supply()], Required, "v3.0.0", 50, 0.20);

        Assert.True(check.RollBack);
        Assert.Equal(RollbackReason.SloBreach, check.Reason);
        Assert.Equal(["slo", "perf"], check.Breaches.Select(b => b.Key));
        Assert.Contains("web 0.12", check.Breaches[1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("supply-chain/attestation-missing")]
    [InlineData("attestation/missing")]
    public void A_missing_attestation_or_an_unmeasured_headroom_is_a_gate_fail(string rule)
    {
        var unattested = new Finding(rule, Severity.Error, "app.tgz has no provenance");

        var check = Promoter.Check([Slo(0), new GateVerdict(GateIds.Performance, VerdictStatus.Pass, "perf"), Supply(unattested)], Required, null, 10, 0.20);

        Assert.Equal(RollbackReason.GateFail, check.Reason);
        Assert.Contains(check.Breaches, b => b.Key == "perf" && b.Detail.Contains("headroom was not measured", StringComparison.Ordinal));
        Assert.Contains(check.Breaches, b => b.Key == "supply_chain" && b.Condition == "attest/sign missing");
        using var json = JsonDocument.Parse(PromotionJson.Serialize(check));
        Assert.Equal("ROLLBACK", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("gate_fail", json.RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public void A_required_gate_without_a_verdict_never_lets_a_step_continue()
    {
        var check = Promoter.Check([Slo(0), Perf(("web", 0.5)), Supply()], [.. Required, GateIds.Policy], null, 100, 0.20);

        var breach = Assert.Single(check.Breaches);
        Assert.Equal(("policy", RollbackReason.GateFail), (breach.Key, breach.Reason));
    }

    [Fact]
    public void Healthy_verdicts_promote_on()
    {
        var check = Promoter.Check([Slo(0), Perf(("web", 0.31)), Supply()], Required, "v3.0.0", 50, 0.20);

        Assert.False(check.RollBack);
        Assert.Null(check.Reason);
    }
}
