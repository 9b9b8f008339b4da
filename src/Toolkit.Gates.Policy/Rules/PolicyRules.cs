using Toolkit.Core.Gates;

namespace Toolkit.Gates.Policy.Rules;

/// <summary>
/// Every built-in rule, all prefixed <c>policy/</c>, by id (the former unprefixed ids are found too). Each pack's rules
/// live in their own partial file; custom rules get their ids from <see cref="CustomId"/>.
/// </summary>
internal static partial class PolicyRules
{
    /// <summary>The prefix of every policy-ci rule id.</summary>
    public const string Prefix = "policy/";

    private const string CustomPrefix = "custom/";
    private const string KubeLinter = "https://docs.kubelinter.io/#/generated/checks?id=";
    private const string Hadolint = "https://github.com/hadolint/hadolint/wiki/";
    private const string Zizmor = "https://docs.zizmor.sh/audits/#";
    private const string Actionlint = "https://github.com/rhysd/actionlint/blob/main/docs/checks.md#";
    private const string Toolkit = GateRule.DocsBase + "policy.md#";

    // Built on first use, after every rule field of every partial file is initialised.
    private static readonly Lazy<IReadOnlyDictionary<string, PolicyRule>> ById = new(() =>
        All.SelectMany(r => r.FormerId is { } former ? new[] { (r.Id, r), (former, r) } : [(r.Id, r)])
            .ToDictionary(p => p.Item1, p => p.r, StringComparer.Ordinal));

    /// <summary>All built-in rules in pack order.</summary>
    public static IReadOnlyList<PolicyRule> All =>
        [.. KubernetesRules, .. DockerfileRules, .. WorkflowRules, .. AlertRules, .. HygieneRules, .. GovernanceRules, .. ImageRules, .. SuppressionRules];

    /// <summary>The rule with this id or former id, or null.</summary>
    public static PolicyRule? Find(string id) => ById.Value.GetValueOrDefault(id);

    /// <summary>The current id of a built-in rule named by its id or former id; any other text unchanged.</summary>
    public static string CurrentId(string id) => Find(id)?.Id ?? id;

    /// <summary>The id findings of the custom rule <paramref name="name"/> carry: <c>policy/custom/&lt;name&gt;</c>.</summary>
    public static string CustomId(string name) => Prefix + CustomPrefix + name;

    /// <summary>The id custom rules' findings carried before the <c>policy/</c> prefix: <c>custom/&lt;name&gt;</c>.</summary>
    public static string FormerCustomId(string name) => CustomPrefix + name;

    /// <summary>True when <paramref name="id"/> names a custom rule, in its current or former form.</summary>
    public static bool IsCustomId(string id) =>
        id.StartsWith(Prefix + CustomPrefix, StringComparison.Ordinal) || id.StartsWith(CustomPrefix, StringComparison.Ordinal);

    /// <summary>A rule whose id was <paramref name="name"/> before the prefix (<c>k8s/latest-tag</c>).</summary>
    private static PolicyRule Rule(string name, string pack, Core.Verdicts.Severity severity, string title, string description, string fix, string help, string? upstream = null) =>
        new(Prefix + name, pack, severity, title, description, fix, help, upstream) { FormerId = name };
}
