using System.Globalization;
using Toolkit.Core.Decisions;
using Toolkit.Core.Gates;
using Toolkit.Core.Verdicts;

namespace Toolkit.Core.Promotion;

/// <summary>
/// Plans a progressive rollout and checks a step against fresh verdicts: the release contract's canary
/// (10 -> 50 -> 100) with automatic rollback on SLO breach. Everything it cannot check (a missing verdict, a metric
/// the gate did not measure) rolls back: a rollout never continues on what nobody checked.
/// </summary>
public static class Promoter
{
    /// <summary>The contract's canary steps.</summary>
    public static IReadOnlyList<int> DefaultSteps { get; } = [10, 50, 100];

    /// <summary>The contract's headroom target (<c>HEADROOM_TARGET=0.20</c>).</summary>
    public const double DefaultHeadroomTarget = 0.20;

    /// <summary>Rule ids of the supply-chain gate that mean an artifact is not attested or signed (with the ids verdicts carried before the <c>supply-chain/</c> prefix).</summary>
    private static readonly HashSet<string> UnattestedRules =
        ["supply-chain/attestation-missing", "supply-chain/attestation-invalid", "attestation/missing", "attestation/invalid", "signature/missing", "signature/invalid"];

    /// <summary>The contract's <c>abort_on</c>: <c>slo: burn&gt;0</c>, <c>perf: headroom&lt;target</c>, <c>supply_chain: attest/sign missing</c>.</summary>
    public static IReadOnlyList<AbortCondition> DefaultAbortOn(double headroomTarget = DefaultHeadroomTarget) =>
    [
        new("slo", "burn>0", RollbackReason.SloBreach),
        new("perf", "headroom<" + headroomTarget.ToString("0.00##", CultureInfo.InvariantCulture), RollbackReason.GateFail),
        new("supply_chain", "attest/sign missing", RollbackReason.GateFail),
    ];

    /// <summary>The PROMOTE document for <paramref name="verdicts"/>: ready when the first step may start.</summary>
    public static PromotionPlan Plan(IReadOnlyList<GateVerdict> verdicts, IReadOnlyList<string> requiredGates, string? version, IReadOnlyList<int> steps, double headroomTarget)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(requiredGates);
        var abortOn = DefaultAbortOn(headroomTarget);
        var check = Check(verdicts, requiredGates, version, steps.Count > 0 ? steps[0] : 0, headroomTarget);
        var commit = verdicts.Select(v => v.Provenance?.CommitSha).FirstOrDefault(c => !string.IsNullOrEmpty(c));
        return new PromotionPlan(version, commit, steps, [.. requiredGates.Select(GateIds.KeyOf)], abortOn, !check.RollBack, [.. check.Breaches.Select(b => $"{b.Key}: {b.Detail}")]);
    }

    /// <summary>Checks one step: every required gate passes (warn does not block) and no abort condition holds.</summary>
    public static PromotionCheck Check(IReadOnlyList<GateVerdict> verdicts, IReadOnlyList<string> requiredGates, string? version, int step, double headroomTarget)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        ArgumentNullException.ThrowIfNull(requiredGates);
        var byGate = verdicts.GroupBy(v => v.Gate, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var breaches = new List<AbortBreach>();
        foreach (var gate in requiredGates)
        {
            var key = GateIds.KeyOf(gate);
            var reason = gate == GateIds.Slo ? RollbackReason.SloBreach : RollbackReason.GateFail;
            if (!byGate.TryGetValue(gate, out var verdict))
            {
                breaches.Add(new AbortBreach(key, "required", RollbackReason.GateFail, $"no verdict: {gate} did not run"));
            }
            else if (verdict.Verdict is VerdictStatus.Fail or VerdictStatus.Error)
            {
                breaches.Add(new AbortBreach(key, "required", reason, $"{verdict.Verdict.ToString().ToLowerInvariant()}: {verdict.Summary}"));
            }
        }

        breaches.AddRange(Slo(byGate.GetValueOrDefault(GateIds.Slo)));
        breaches.AddRange(Headroom(byGate.GetValueOrDefault(GateIds.Performance), headroomTarget));
        breaches.AddRange(Attestations(byGate.GetValueOrDefault(GateIds.SupplyChain)));
        return new PromotionCheck(version, step, breaches);
    }

    private static IEnumerable<AbortBreach> Slo(GateVerdict? slo)
    {
        const string condition = "burn>0";
        if (slo is null || !slo.Metrics.TryGetValue("burn", out var burn))
        {
            yield return new AbortBreach("slo", condition, RollbackReason.GateFail, slo is null ? "no slo-gates verdict, so error-budget burn was not measured" : "the slo-gates verdict has no burn metric, so burn was not measured");
        }
        else if (burn > 0)
        {
            yield return new AbortBreach("slo", condition, RollbackReason.SloBreach, $"error budget burning (burn {burn.ToString("0.####", CultureInfo.InvariantCulture)})");
        }
    }

    private static IEnumerable<AbortBreach> Headroom(GateVerdict? perf, double target)
    {
        var condition = "headroom<" + target.ToString("0.00##", CultureInfo.InvariantCulture);
        var headroom = perf?.Metrics.Where(m => m.Key.StartsWith(DecisionEngine.HeadroomMetricPrefix, StringComparison.Ordinal)).ToList() ?? [];
        if (headroom.Count == 0)
        {
            yield return new AbortBreach("perf", condition, RollbackReason.GateFail, perf is null ? "no performance-gate verdict, so headroom was not measured" : "the performance-gate verdict has no headroom.<service> metric, so headroom was not measured");
            yield break;
        }

        var below = headroom.Where(m => m.Value < target).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        if (below.Count > 0)
        {
            var services = string.Join(", ", below.Select(m => $"{m.Key[DecisionEngine.HeadroomMetricPrefix.Length..]} {m.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
            yield return new AbortBreach("perf", condition, RollbackReason.GateFail, $"headroom below {target.ToString("0.##", CultureInfo.InvariantCulture)}: {services}");
        }
    }

    private static IEnumerable<AbortBreach> Attestations(GateVerdict? supplyChain)
    {
        const string condition = "attest/sign missing";
        if (supplyChain is null)
        {
            yield return new AbortBreach("supply_chain", condition, RollbackReason.GateFail, "no supply-chain verdict, so attestations and signatures were not checked");
            yield break;
        }

        var missing = supplyChain.Findings.Where(f => UnattestedRules.Contains(f.RuleId)).ToList();
        if (missing.Count > 0)
        {
            yield return new AbortBreach("supply_chain", condition, RollbackReason.GateFail,
                $"{missing.Count} artifact(s) without a valid attestation or signature: {string.Join("; ", missing.Take(3).Select(f => f.Message))}");
        }
    }
}
