namespace Toolkit.Gates.Policy.Rules;

/// <summary>Every built-in rule, by id. Each pack's rules live in their own partial file.</summary>
internal static partial class RuleCatalog
{
    private const string KubeLinter = "https://docs.kubelinter.io/#/generated/checks?id=";
    private const string Hadolint = "https://github.com/hadolint/hadolint/wiki/";
    private const string Zizmor = "https://docs.zizmor.sh/audits/#";
    private const string Actionlint = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#";
    private const string Toolkit = "https://github.com/toolkit/toolkit/blob/main/docs/policy.md#";

    private static readonly Lazy<IReadOnlyDictionary<string, PolicyRule>> ById = new(() =>
        All.ToDictionary(r => r.Id, StringComparer.Ordinal));

    /// <summary>All built-in rules in pack order.</summary>
    public static IReadOnlyList<PolicyRule> All =>
        [.. KubernetesRules, .. DockerfileRules, .. WorkflowRules, .. AlertRules, .. HygieneRules, .. GovernanceRules, .. ImageRules, .. SuppressionRules];

    /// <summary>The rule with this id, or null.</summary>
    public static PolicyRule? Find(string id) => ById.Value.GetValueOrDefault(id);

    private static PolicyRule Rule(string id, string pack, Core.Verdicts.Severity severity, string title, string description, string fix, string help, string? upstream = null) =>
        new(id, pack, severity, title, description, fix, help, upstream);
}
