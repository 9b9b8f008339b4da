namespace Toolkit.Core.Gates;

/// <summary>
/// The gates by their required-check names, and the short keys aggregate documents use
/// (release contract: <c>slo</c>, <c>perf</c>, <c>supply_chain</c>, <c>migrations</c>, <c>policy</c>, <c>dr</c>).
/// </summary>
public static class GateIds
{
    /// <summary>slo-gates: golden-path SLOs, burn rates and canary comparison.</summary>
    public const string Slo = "slo-gates";
    /// <summary>supply-chain: SBOM, vulnerabilities, licenses and provenance.</summary>
    public const string SupplyChain = "supply-chain";
    /// <summary>migration-gate: database migration linting and dry runs.</summary>
    public const string Migrations = "migration-gate";
    /// <summary>performance-gate: benchmark thresholds, comparison with the PR base, headroom.</summary>
    public const string Performance = "performance-gate";
    /// <summary>policy-ci: Kubernetes, Dockerfile, workflow, alert-rule and governance policies.</summary>
    public const string Policy = "policy-ci";
    /// <summary>dr-freshness: backup freshness against RPO and recent restore drills against RTO.</summary>
    public const string Dr = "dr-freshness";

    /// <summary>Every gate name the configuration may mention, in release-contract order.</summary>
    public static IReadOnlyList<string> All { get; } = [Slo, Performance, SupplyChain, Migrations, Policy, Dr];

    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [Slo] = "slo",
        [Performance] = "perf",
        [SupplyChain] = "supply_chain",
        [Migrations] = "migrations",
        [Policy] = "policy",
        [Dr] = "dr",
    };

    /// <summary>The aggregate key of a gate; an unknown gate keeps its own name.</summary>
    public static string KeyOf(string gate) => Keys.TryGetValue(gate, out var key) ? key : gate;

    /// <summary>Whether <paramref name="gate"/> is one of the five gate names (case-sensitive).</summary>
    public static bool IsKnown(string gate) => Keys.ContainsKey(gate);
}
