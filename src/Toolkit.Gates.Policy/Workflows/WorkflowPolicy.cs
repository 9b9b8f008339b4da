namespace Toolkit.Gates.Policy.Workflows;

/// <summary>
/// GitHub Actions workflow and action.yml rules: zizmor's security audits and actionlint's semantic checks. Findings
/// land on the key or expression that is wrong (<c>uses</c>, <c>permissions</c>, the expression inside <c>run</c> ...).
/// </summary>
internal static partial class WorkflowPolicy
{
    /// <summary>Workflows live in .github/workflows; actions are action.yml/action.yaml anywhere.</summary>
    public static bool IsWorkflow(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2;

    /// <summary>A workflow outside .github/workflows (workflow templates, reusable copies): has <c>on</c> and a <c>jobs</c> mapping.</summary>
    public static bool LooksLikeWorkflow(YamlNode root) =>
        root.Get("jobs") is YamlMappingNode && (root.Get("on") ?? root.Get("true")) is not null;

    public static bool IsAction(string path) => System.IO.Path.GetFileName(path) is "action.yml" or "action.yaml";

    /// <summary>Checks one workflow document; a document that is not a workflow GitHub could run comes back as a problem.</summary>
    /// <param name="disabled">The current ids of the rules switched off.</param>
    public static WorkflowResult CheckWorkflow(YamlFile file, YamlNode root, PolicyOptions options, IReadOnlySet<string> disabled)
    {
        var sink = new FindingSink(file.Path, disabled);
        var problem = CheckWorkflow(file, root, options, sink);
        return new WorkflowResult(sink.Findings, problem);
    }

    /// <summary>Checks one action.yml document: its steps and the expressions of its inputs, outputs and runs.</summary>
    /// <param name="disabled">The current ids of the rules switched off.</param>
    public static IReadOnlyList<Finding> CheckAction(YamlFile file, YamlNode root, PolicyOptions options, IReadOnlySet<string> disabled)
    {
        var sink = new FindingSink(file.Path, disabled);
        CheckAction(file, root, options, sink);
        return sink.Findings;
    }

    private static FileProblem? CheckWorkflow(YamlFile file, YamlNode root, PolicyOptions options, FindingSink sink)
    {
        if (root is not YamlMappingNode workflow || workflow.Entry("jobs") is not { } jobsEntry || jobsEntry.Value is not YamlMappingNode jobs)
        {
            var at = root.Entry("jobs")?.Key.Start ?? root.Start;
            var found = root.Get("jobs") switch { null => "no jobs: mapping", YamlSequenceNode => "jobs: is a list", _ => "jobs: is not a mapping" };
            return new FileProblem(file.Path, (int)at.Line, (int)at.Column,
                $"not a workflow GitHub can run ({found}); none of its jobs were checked. Fix: write jobs: as a mapping of job ids (jobs: {{ build: {{ runs-on: ..., steps: [...] }} }}).");
        }

        var on = workflow.Get("on") ?? workflow.Get("true");
        var triggers = Triggers(on);
        var privileged = triggers.Contains("pull_request_target") || triggers.Contains("workflow_run");
        var topPermissions = workflow.Entry("permissions");
        if (topPermissions is { } top && IsWriteAll(top.Value))
        {
            sink.Add(PolicyRules.ExcessivePermissions, top.Key, "The workflow grants permissions: write-all.");
        }

        WorkflowSemantics.CheckTriggers(on, sink);
        foreach (var key in (string[])["run-name", "env", "concurrency", "defaults"])
        {
            ExpressionChecks.CheckTree(file, workflow.Get(key), ExpressionScope.Unchecked, sink);
        }

        var jobIds = jobs.Children.Keys.Select(k => k.Text()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (jobKey, job) in jobs.Children)
        {
            var jobName = (jobKey as YamlScalarNode)?.Value ?? "?";
            var jobPermissions = job.Entry("permissions");
            if (topPermissions is null && jobPermissions is null)
            {
                sink.Add(PolicyRules.ExcessivePermissions, jobKey, $"Job '{jobName}' has no permissions block and the workflow sets none.");
            }
            else if (jobPermissions is { } jp && IsWriteAll(jp.Value))
            {
                sink.Add(PolicyRules.ExcessivePermissions, jp.Key, $"Job '{jobName}' grants permissions: write-all.");
            }

            if (job.Entry("uses") is { } reusable)
            {
                CheckUses(reusable.Key, reusable.Value, options, sink);
            }

            if (job.Entry("secrets") is { } secrets && secrets.Value.Text() == "inherit")
            {
                sink.Add(PolicyRules.SecretsInherit, secrets.Key, $"Job '{jobName}' passes secrets: inherit.");
            }

            var needs = WorkflowSemantics.CheckNeeds(job, jobIds, sink);
            CheckJobExpressions(file, job, needs, sink);
            CheckContainer(job, jobName, sink);
            CheckSteps(file, job.Get("steps"), privileged, options, sink);
        }

        return null;
    }

    private static void CheckAction(YamlFile file, YamlNode root, PolicyOptions options, FindingSink sink)
    {
        var steps = root.Path("runs", "steps");
        CheckSteps(file, steps, privileged: false, options, sink);
        var ids = WorkflowSemantics.StepIds(steps);
        var all = ids.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in root.Pairs())
        {
            if (key.Text() is "runs")
            {
                foreach (var (runsKey, runsValue) in value.Pairs())
                {
                    if (runsKey.Text() != "steps")
                    {
                        ExpressionChecks.CheckTree(file, runsValue, ExpressionScope.Unchecked, sink);
                    }
                }

                CheckStepExpressions(file, steps, ids, needs: null, sink);
            }
            else if (key.Text() is "inputs" or "outputs")
            {
                ExpressionChecks.CheckTree(file, value, new ExpressionScope(all, null), sink);
            }
        }
    }

    private static void CheckJobExpressions(YamlFile file, YamlNode job, HashSet<string> needs, FindingSink sink)
    {
        var steps = job.Get("steps");
        var ids = WorkflowSemantics.StepIds(steps);
        var jobScope = new ExpressionScope(ids.OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase), needs);
        foreach (var (key, value) in job.Pairs())
        {
            if (key.Text() is not ("steps" or "needs"))
            {
                var single = new YamlMappingNode { { key, value } };
                ExpressionChecks.CheckTree(file, single, jobScope, sink);
            }
        }

        CheckStepExpressions(file, steps, ids, needs, sink);
    }

    private static void CheckStepExpressions(YamlFile file, YamlNode? steps, List<string?> ids, IReadOnlySet<string>? needs, FindingSink sink)
    {
        var before = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var step in steps.Items())
        {
            ExpressionChecks.CheckTree(file, step, new ExpressionScope(before.ToHashSet(StringComparer.OrdinalIgnoreCase), needs), sink);
            if (ids[index++] is { } id)
            {
                before.Add(id);
            }
        }
    }

    private static HashSet<string> Triggers(YamlNode? on)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        switch (on)
        {
            case YamlScalarNode scalar when scalar.Value is { } name:
                names.Add(name);
                break;
            case YamlSequenceNode sequence:
                names.UnionWith(sequence.Children.Select(c => c.Text()).OfType<string>());
                break;
            case YamlMappingNode mapping:
                names.UnionWith(mapping.Children.Keys.Select(k => k.Text()).OfType<string>());
                break;
        }

        return names;
    }

    private static bool IsWriteAll(YamlNode permissions) => permissions.Text() == "write-all";

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();
}
