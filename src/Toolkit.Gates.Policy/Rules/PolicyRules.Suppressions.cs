namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule IgnoreWithoutReason = Own("ignore-without-reason", PolicyPacks.Suppressions, Severity.Error, "Inline ignore without a reason", "A '# gate: ignore[rule]' comment gives no reason, so it suppresses nothing.", "Say why after the bracket: # gate: ignore[policy/docker/last-user-root] the entrypoint drops to uid 10001.", Toolkit + "inline-suppressions");
    public static readonly PolicyRule UnusedIgnore = Own("unused-ignore", PolicyPacks.Suppressions, Severity.Warning, "Inline ignore matches no finding", "A '# gate: ignore[rule]' comment suppresses nothing on its line (or the next), so it is stale or misspelt.", "Remove the comment, or correct the rule id or its placement.", Toolkit + "inline-suppressions");

    private static IReadOnlyList<PolicyRule> SuppressionRules => [IgnoreWithoutReason, UnusedIgnore];

    // These ids had the prefix before every id did: nothing former to keep.
    private static PolicyRule Own(string name, string pack, Severity severity, string title, string description, string fix, string help) =>
        new(Prefix + name, pack, severity, title, description, fix, help);
}
