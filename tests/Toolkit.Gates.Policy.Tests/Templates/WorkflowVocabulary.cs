namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>The names GitHub's workflow syntax accepts (docs: "Workflow syntax for GitHub Actions", "Events that trigger workflows").</summary>
internal static class WorkflowVocabulary
{
    public static readonly IReadOnlySet<string> Events = new HashSet<string>(StringComparer.Ordinal)
    {
        "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status",
        "discussion", "discussion_comment", "fork", "gollum", "image_version", "issue_comment", "issues", "label",
        "merge_group", "milestone", "page_build", "project", "project_card", "project_column", "public",
        "pull_request", "pull_request_review", "pull_request_review_comment", "pull_request_target", "push",
        "registry_package", "release", "repository_dispatch", "schedule", "status", "watch", "workflow_call",
        "workflow_dispatch", "workflow_run",
    };

    public static readonly IReadOnlySet<string> TopLevelKeys = Set("name", "run-name", "on", "permissions", "env", "defaults", "concurrency", "jobs");

    public static readonly IReadOnlySet<string> JobKeys = Set(
        "name", "permissions", "needs", "if", "runs-on", "snapshot", "environment", "concurrency", "outputs", "env", "defaults",
        "steps", "timeout-minutes", "strategy", "continue-on-error", "container", "services", "uses", "with", "secrets");

    /// <summary>A job that calls a reusable workflow may only use these.</summary>
    public static readonly IReadOnlySet<string> CallerJobKeys = Set("name", "uses", "with", "secrets", "needs", "if", "permissions", "strategy", "concurrency");

    public static readonly IReadOnlySet<string> StepKeys = Set("id", "if", "name", "uses", "run", "working-directory", "shell", "with", "env", "continue-on-error", "timeout-minutes");

    public static readonly IReadOnlySet<string> PermissionScopes = Set(
        "actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues", "models",
        "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses");

    public static readonly IReadOnlySet<string> PermissionLevels = Set("read", "write", "none");

    public static readonly IReadOnlySet<string> CallInputTypes = Set("string", "boolean", "number");

    public static readonly IReadOnlySet<string> DispatchInputTypes = Set("string", "boolean", "number", "choice", "environment");

    public static readonly IReadOnlySet<string> InputKeys = Set("description", "required", "default", "type", "options", "deprecationMessage");

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
