namespace Toolkit.Gates.Policy.Rules;

internal static partial class PolicyRules
{
    public static readonly PolicyRule UnpinnedUses = W("unpinned-uses", Severity.Error, "Action not pinned to a commit SHA", "uses: references a tag or branch, which its owner can move to other code.", "Pin the full 40-character commit SHA and keep the tag as a comment: uses: owner/repo@<sha> # v1.2.3.");
    public static readonly PolicyRule ExcessivePermissions = W("excessive-permissions", Severity.Error, "Permissions not least-privilege", "The workflow or job has no permissions block (so it gets the repository default token) or uses write-all.", "Add permissions: contents: read at the top and grant writes per job only where needed.");
    public static readonly PolicyRule DangerousTriggers = OwnWorkflow("dangerous-triggers", Severity.Error, "Privileged trigger checks out PR code", "pull_request_target/workflow_run runs with secrets and a write token; checking out the PR head runs untrusted code with them. (zizmor's dangerous-triggers flags the trigger itself; this rule flags the checkout.)", "Use pull_request, or do not check out the PR head in the privileged workflow.");
    public static readonly PolicyRule TemplateInjection = W("template-injection", Severity.Error, "Attacker-controlled expression in run", "A ${{ }} expression with attacker-controlled text (titles, bodies, branch names, commit messages) is pasted into a shell script.", "Pass the value through env: (env: TITLE: ${{ github.event.pull_request.title }}) and use \"$TITLE\" in the script.");
    public static readonly PolicyRule SecretsInherit = W("secrets-inherit", Severity.Error, "secrets: inherit", "The reusable workflow receives every secret of the caller.", "Pass only the secrets it needs: secrets: { NAME: ${{ secrets.NAME }} }.");
    public static readonly PolicyRule Artipacked = W("artipacked", Severity.Error, "Checkout persists credentials", "actions/checkout leaves the token in .git/config, where later steps and uploaded artifacts can read it.", "Add with: persist-credentials: false to the checkout step.");
    public static readonly PolicyRule UnpinnedImages = W("unpinned-images", Severity.Error, "Container image not pinned by digest", "A job container or service image is referenced by tag only.", "Reference the image by digest: image: repo:1.2.3@sha256:<digest>.");

    public static readonly PolicyRule ExpressionSyntax = A("expression-syntax", "check-syntax-expression", "expression", "Invalid ${{ }} expression", "The expression does not parse under GitHub's expression grammar, so the workflow fails when it is evaluated.", "Fix the expression: single-quoted strings, no arithmetic, balanced parentheses and brackets, a closing }}.");
    public static readonly PolicyRule UnknownContext = A("unknown-context", "check-contexts-and-builtin-func", "expression", "Unknown context in expression", "The expression names a context GitHub does not have (contexts: github, env, vars, job, jobs, steps, runner, secrets, strategy, matrix, needs, inputs).", "Use one of the contexts, e.g. github.event_name or env.NAME.");
    public static readonly PolicyRule UnknownFunction = A("unknown-function", "check-contexts-and-builtin-func", "expression", "Unknown function in expression", "The expression calls a function GitHub does not have, so it fails when evaluated.", "Use a built-in function: contains, startsWith, endsWith, format, join, toJSON, fromJSON, hashFiles, case, success, always, cancelled, failure.");
    public static readonly PolicyRule MissingStep = A("missing-step", "check-contextual-step-object", "expression", "steps.<id> names no earlier step", "steps.<id> refers to a step id that no earlier step of the job (or composite action) defines; it evaluates to empty.", "Give the step that produces the value id: <id>, before the step that reads it, or fix the id's spelling.");
    public static readonly PolicyRule UnknownNeeds = A("unknown-needs", "check-job-deps", "job-needs", "Unknown job in needs", "needs: lists a job the workflow does not have (the workflow is rejected), or needs.<job> reads a job this job does not need (it evaluates to empty).", "Name an existing job id in needs:, and add every job whose outputs you read to needs:.");
    public static readonly PolicyRule IgnoredEventFilter = OwnWorkflow("ignored-event-filter", Severity.Error, "Event filter GitHub ignores", "The event does not support this filter (e.g. create: tags:), so GitHub ignores it and runs the workflow on every such event.", "Use an event that supports the filter (push: tags:), or check the ref in the job: if: startsWith(github.ref, 'refs/tags/').");
    public static readonly PolicyRule RequiredInputDefault = OwnWorkflow("required-input-default", Severity.Warning, "Required input has a default", "A required workflow_call input also has a default, which is never used because every caller must pass a value (workflow_dispatch defaults pre-fill the run form, so they are not reported).", "Remove default:, or make the input required: false so the default applies.");

    private static IReadOnlyList<PolicyRule> WorkflowRules =>
    [
        UnpinnedUses, ExcessivePermissions, DangerousTriggers, TemplateInjection, SecretsInherit, Artipacked, UnpinnedImages,
        ExpressionSyntax, UnknownContext, UnknownFunction, MissingStep, UnknownNeeds, IgnoredEventFilter, RequiredInputDefault,
    ];

    // Same meaning as actionlint's check: help is actionlint's documentation of it, upstream its error kind.
    private static PolicyRule A(string name, string anchor, string kind, string title, string description, string fix) =>
        Rule("gha/" + name, PolicyPacks.Workflows, Severity.Error, title, description, fix, Actionlint + anchor, "actionlint:" + kind);

    // No upstream rule means the same: help is our own documentation.
    private static PolicyRule OwnWorkflow(string name, Severity severity, string title, string description, string fix) =>
        Rule("gha/" + name, PolicyPacks.Workflows, severity, title, description, fix, Toolkit + "gha-" + name);

    private static PolicyRule W(string name, Severity severity, string title, string description, string fix) =>
        Rule("gha/" + name, PolicyPacks.Workflows, severity, title, description, fix, Zizmor + name, name);
}
