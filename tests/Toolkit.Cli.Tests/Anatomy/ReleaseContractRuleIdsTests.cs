using System.Reflection;
using Toolkit.Core.Promotion;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>
/// Core's promotion stops a rollout on supply-chain's attestation findings without referencing the gate (gates sit
/// above Core), so it names their ids; this keeps those names in step with the gate's rules.
/// </summary>
public sealed class ReleaseContractRuleIdsTests
{
    [Fact]
    public void The_promoter_knows_every_attestation_rule_of_supply_chain()
    {
        var unattested = (IReadOnlySet<string>)typeof(Promoter).GetField("UnattestedRules", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var gate = GateAnatomy.All.Single(g => g.Name == "SupplyChain");
        var attestationRules = GateRules.Of(gate).Where(r => r.Id.Contains("attestation", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(attestationRules);
        Assert.All(attestationRules, rule => Assert.Contains(rule.Id, unattested));
    }
}
