using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Rules;

internal static partial class RuleCatalog
{
    public static readonly PolicyRule AlertSeverity = Rule("alerts/missing-severity", PolicyPacks.Alerts, Severity.Error, "Alert has no severity label", "The alert has no labels.severity, so routing and paging cannot tell how urgent it is.", "Add labels: severity: <critical|warning|info>.", Toolkit + "alerts-missing-severity");
    public static readonly PolicyRule AlertRunbook = Rule("alerts/missing-runbook", PolicyPacks.Alerts, Severity.Error, "Alert has no runbook", "The alert has no annotations.runbook_url (release contract: 100% of Sev1/Sev2 alerts have a runbook).", "Add annotations: runbook_url: https://... pointing at the runbook.", Toolkit + "alerts-missing-runbook");
    public static readonly PolicyRule AlertOwner = Rule("alerts/missing-owner", PolicyPacks.Alerts, Severity.Error, "Paging alert has no owner", "A paging (Sev1/Sev2, see paging_severities) alert has none of the owner labels (alert_owner_labels, default owner and team); the release contract requires an owner on every Sev1/Sev2 alert.", "Add labels: owner: <team> (or set alert_owner_labels to your organisation's label).", Toolkit + "alerts-missing-owner");

    public static readonly PolicyRule CodeownersMissing = Rule("governance/codeowners-missing", PolicyPacks.Governance, Severity.Error, "No CODEOWNERS file", "The repository has no CODEOWNERS in .github/, the root or docs/, so no review is required by owners.", "Add .github/CODEOWNERS with at least a catch-all line: * @org/team.", Toolkit + "governance-codeowners-missing");
    public static readonly PolicyRule CodeownersInvalid = Rule("governance/codeowners-invalid", PolicyPacks.Governance, Severity.Error, "CODEOWNERS line is invalid", "GitHub ignores a CODEOWNERS line that does not parse.", "Write each line as a path pattern followed by @user, @org/team or e-mail owners; negation (!) and [ ] ranges are not supported.", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-syntax");
    public static readonly PolicyRule CodeownersUncovered = Rule("governance/codeowners-uncovered", PolicyPacks.Governance, Severity.Error, "Changed file has no code owner", "A file changed in the PR matches no CODEOWNERS line with owners, so no owner review is required for it.", "Add a CODEOWNERS pattern that covers the file (the last matching line wins).", Toolkit + "governance-codeowners-uncovered");
    public static readonly PolicyRule PrTitle = Rule("governance/conventional-title", PolicyPacks.Governance, Severity.Error, "PR title is not a Conventional Commit", "The PR title becomes the squash commit message and the changelog line; it must read type(scope): summary.", "Rename the PR, e.g. 'feat(policy): add CODEOWNERS coverage' (types: feat, fix, docs, ...).", "https://www.conventionalcommits.org/en/v1.0.0/#specification");

    public static readonly PolicyRule ImageSize = Rule("image/size-budget", PolicyPacks.Images, Severity.Error, "Image over its size budget", "The image is larger than its max_image_mb budget.", "Shrink the image (multi-stage build, distroless/slim base, fewer layers) or raise the budget with a reviewed change.", Toolkit + "image-size-budget");
    public static readonly PolicyRule ImageNoBudget = Rule("image/no-budget", PolicyPacks.Images, Severity.Warning, "Image has no size budget", "The image appears in the size report but no max_image_mb entry matches it.", "Add the image to max_image_mb in .github/gates.yml.", Toolkit + "image-no-budget");

    private static IReadOnlyList<PolicyRule> AlertRules => [AlertSeverity, AlertRunbook, AlertOwner];

    public static readonly PolicyRule BranchProtectionGates = Rule("governance/branch-protection-gates", PolicyPacks.Governance, Severity.Error, "Branch protection does not require the gates", "A gate that branch protection does not require can be red while the PR still merges.", "Run `gate protect --branch <branch>` with an admin token, or add the gates as required status checks.", Toolkit + "governance-branch-protection-gates");

    private static IReadOnlyList<PolicyRule> GovernanceRules => [CodeownersMissing, CodeownersInvalid, CodeownersUncovered, PrTitle, BranchProtectionGates];

    private static IReadOnlyList<PolicyRule> ImageRules => [ImageSize, ImageNoBudget];

    public static readonly PolicyRule IgnoreWithoutReason = Rule("policy/ignore-without-reason", PolicyPacks.Suppressions, Severity.Error, "Inline ignore without a reason", "A '# gate: ignore[rule]' comment gives no reason, so it suppresses nothing.", "Say why after the bracket: # gate: ignore[docker/last-user-root] the entrypoint drops to uid 10001.", Toolkit + "inline-suppressions");
    public static readonly PolicyRule UnusedIgnore = Rule("policy/unused-ignore", PolicyPacks.Suppressions, Severity.Warning, "Inline ignore matches no finding", "A '# gate: ignore[rule]' comment suppresses nothing on its line (or the next), so it is stale or misspelt.", "Remove the comment, or correct the rule id or its placement.", Toolkit + "inline-suppressions");

    private static IReadOnlyList<PolicyRule> SuppressionRules => [IgnoreWithoutReason, UnusedIgnore];
}
