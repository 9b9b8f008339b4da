using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Policy.Rules;

public static partial class RuleCatalog
{
    public static readonly PolicyRule UnpinnedUses = W("unpinned-uses", Severity.Error, "Action not pinned to a commit SHA", "uses: references a tag or branch, which its owner can move to other code.", "Pin the full 40-character commit SHA and keep the tag as a comment: uses: owner/repo@<sha> # v1.2.3.");
    public static readonly PolicyRule ExcessivePermissions = W("excessive-permissions", Severity.Error, "Permissions not least-privilege", "The workflow or job has no permissions block (so it gets the repository default token) or uses write-all.", "Add permissions: contents: read at the top and grant writes per job only where needed.");
    public static readonly PolicyRule DangerousTriggers = W("dangerous-triggers", Severity.Error, "Privileged trigger checks out PR code", "pull_request_target/workflow_run runs with secrets and a write token; checking out the PR head runs untrusted code with them.", "Use pull_request, or do not check out the PR head in the privileged workflow.");
    public static readonly PolicyRule TemplateInjection = W("template-injection", Severity.Error, "Attacker-controlled expression in run", "A ${{ }} expression with attacker-controlled text (titles, bodies, branch names, commit messages) is pasted into a shell script.", "Pass the value through env: (env: TITLE: ${{ github.event.pull_request.title }}) and use \"$TITLE\" in the script.");
    public static readonly PolicyRule SecretsInherit = W("secrets-inherit", Severity.Error, "secrets: inherit", "The reusable workflow receives every secret of the caller.", "Pass only the secrets it needs: secrets: { NAME: ${{ secrets.NAME }} }.");
    public static readonly PolicyRule Artipacked = W("artipacked", Severity.Error, "Checkout persists credentials", "actions/checkout leaves the token in .git/config, where later steps and uploaded artifacts can read it.", "Add with: persist-credentials: false to the checkout step.");
    public static readonly PolicyRule UnpinnedImages = W("unpinned-images", Severity.Error, "Container image not pinned by digest", "A job container or service image is referenced by tag only.", "Reference the image by digest: image: repo:1.2.3@sha256:<digest>.");

    private static IReadOnlyList<PolicyRule> WorkflowRules => [UnpinnedUses, ExcessivePermissions, DangerousTriggers, TemplateInjection, SecretsInherit, Artipacked, UnpinnedImages];

    private static PolicyRule W(string name, Severity severity, string title, string description, string fix) =>
        Rule("gha/" + name, PolicyPacks.Workflows, severity, title, description, fix, Zizmor + name, name);
}
