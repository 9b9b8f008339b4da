using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule CodeownersMissing = Rule("governance/codeowners-missing", PolicyPacks.Governance, Severity.Error, "No CODEOWNERS file", "The repository has no CODEOWNERS in .github/, the root or docs/, so no review is required by owners.", "Add .github/CODEOWNERS with at least a catch-all line: * @org/team.", Toolkit + "governance-codeowners-missing");
    public static readonly PolicyRule CodeownersInvalid = Rule("governance/codeowners-invalid", PolicyPacks.Governance, Severity.Error, "CODEOWNERS line is invalid", "GitHub ignores a CODEOWNERS line that does not parse.", "Write each line as a path pattern followed by @user, @org/team or e-mail owners; negation (!) and [ ] ranges are not supported.", "https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-syntax");
    public static readonly PolicyRule CodeownersUncovered = Rule("governance/codeowners-uncovered", PolicyPacks.Governance, Severity.Error, "Changed file has no code owner", "A file changed in the PR matches no CODEOWNERS line with owners, so no owner review is required for it.", "Add a CODEOWNERS pattern that covers the file (the last matching line wins).", Toolkit + "governance-codeowners-uncovered");
    public static readonly PolicyRule PrTitle = Rule("governance/conventional-title", PolicyPacks.Governance, Severity.Error, "PR title is not a Conventional Commit", "The PR title becomes the squash commit message and the changelog line; it must read type(scope): summary.", "Rename the PR, e.g. 'feat(policy): add CODEOWNERS coverage' (types: feat, fix, docs, ...).", "https://www.conventionalcommits.org/en/v1.0.0/#specification");
    public static readonly PolicyRule BranchProtectionGates = Rule("governance/branch-protection-gates", PolicyPacks.Governance, Severity.Error, "Branch protection does not require the gates", "A gate that branch protection does not require can be red while the PR still merges.", "Run `gate protect --branch <branch>` with an admin token, or add the gates as required status checks.", Toolkit + "governance-branch-protection-gates");

    private static IReadOnlyList<PolicyRule> GovernanceRules => [CodeownersMissing, CodeownersInvalid, CodeownersUncovered, PrTitle, BranchProtectionGates];
}
