namespace Toolkit.Gates.Policy.Workflows;

/// <summary>
/// Workflow mistakes GitHub accepts silently (what actionlint reports): <c>needs:</c> naming no job, event filters the
/// event does not support (GitHub ignores them, so the workflow runs more often than written), and required inputs with
/// a default that is never used.
/// </summary>
internal static class WorkflowSemantics
{
    private static readonly string[] PushFilters = ["branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore"];
    private static readonly string[] PullRequestFilters = ["types", "branches", "branches-ignore", "paths", "paths-ignore"];

    /// <summary>The filters each event supports (GitHub docs, "Events that trigger workflows"); other events take only types.</summary>
    private static readonly Dictionary<string, string[]> Filters = new(StringComparer.Ordinal)
    {
        ["push"] = PushFilters,
        ["pull_request"] = PullRequestFilters,
        ["pull_request_target"] = PullRequestFilters,
        ["workflow_run"] = ["types", "workflows", "branches", "branches-ignore"],
        ["workflow_dispatch"] = ["inputs"],
        ["workflow_call"] = ["inputs", "outputs", "secrets"],
        ["merge_group"] = ["types", "branches", "branches-ignore"],
        ["create"] = [],
        ["delete"] = [],
        ["fork"] = [],
        ["gollum"] = [],
        ["page_build"] = [],
        ["public"] = [],
        ["status"] = [],
    };

    private static readonly HashSet<string> TypedEvents = new(StringComparer.Ordinal)
    {
        "branch_protection_rule", "check_run", "check_suite", "deployment", "deployment_status", "discussion",
        "discussion_comment", "image_version", "issue_comment", "issues", "label", "milestone", "project", "project_card",
        "project_column", "pull_request_review", "pull_request_review_comment", "registry_package", "release",
        "repository_dispatch", "watch",
    };

    public static void CheckTriggers(YamlNode? on, FindingSink sink)
    {
        foreach (var (eventKey, settings) in on.Pairs())
        {
            var name = eventKey.Text() ?? string.Empty;
            var supported = Filters.GetValueOrDefault(name) ?? (TypedEvents.Contains(name) ? ["types"] : null);
            if (supported is null)
            {
                continue; // an event we do not know: no opinion on its filters
            }

            foreach (var (filterKey, _) in settings.Pairs())
            {
                if (filterKey is YamlScalarNode { Value: { } filter } && !supported.Contains(filter, StringComparer.Ordinal))
                {
                    var accepted = supported.Length == 0 ? "it takes no filters" : "it supports " + string.Join(", ", supported);
                    sink.Add(PolicyRules.IgnoredEventFilter, filterKey, $"GitHub ignores '{filter}' under '{name}' ({accepted}), so the workflow runs on every {name} event.");
                }
            }
        }

        // actionlint's check: a required workflow_call input's default is never used, since every caller must pass it.
        // Not for workflow_dispatch, whose default pre-fills the run form, nor for an input mirrored under
        // workflow_dispatch with the same default (one definition kept for both triggers).
        var dispatch = on.Get("workflow_dispatch").Get("inputs");
        foreach (var (inputKey, input) in on.Get("workflow_call").Get("inputs").Pairs())
        {
            if (input.Get("required").IsTrue() && input.Entry("default") is { } fallback
                && dispatch.Get(inputKey.Text() ?? string.Empty).Get("default").Text() != fallback.Value.Text())
            {
                sink.Add(PolicyRules.RequiredInputDefault, inputKey, $"Input '{inputKey.Text()}' of workflow_call is required, so its default ({fallback.Value.Text()}) is never used.");
            }
        }
    }

    /// <summary>The job ids this job needs; reports each that is not a job of the workflow.</summary>
    public static HashSet<string> CheckNeeds(YamlNode job, IReadOnlySet<string> jobIds, FindingSink sink)
    {
        var needs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var value = job.Get("needs");
        IEnumerable<YamlNode> items = value is YamlScalarNode single ? [single] : value.Items();
        foreach (var item in items.OfType<YamlScalarNode>())
        {
            if (item.Value is not { Length: > 0 } id)
            {
                continue;
            }

            needs.Add(id);
            if (!jobIds.Contains(id) && !id.Contains("${{", StringComparison.Ordinal))
            {
                sink.Add(PolicyRules.UnknownNeeds, item, $"needs: '{id}' is not a job of this workflow (jobs: {string.Join(", ", jobIds)}).");
            }
        }

        return needs;
    }

    /// <summary>The ids of the steps, in order (null for steps without one).</summary>
    public static List<string?> StepIds(YamlNode? steps) => steps.Items().Select(s => s.Text("id")).ToList();
}
