using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Workflows;

/// <summary>
/// GitHub Actions workflow and action.yml rules, named after zizmor's audits. Findings land on the key that is wrong
/// (<c>uses</c>, <c>permissions</c>, the expression inside <c>run</c> ...).
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

    public static void CheckWorkflow(YamlFile file, YamlNode root, FindingSink sink)
    {
        if (root is not YamlMappingNode workflow)
        {
            return;
        }

        var triggers = Triggers(workflow);
        var privileged = triggers.Contains("pull_request_target") || triggers.Contains("workflow_run");
        var topPermissions = workflow.Entry("permissions");
        if (topPermissions is { } top && IsWriteAll(top.Value))
        {
            sink.Add(RuleCatalog.ExcessivePermissions, top.Key, "The workflow grants permissions: write-all.");
        }

        foreach (var (jobKey, job) in workflow.Get("jobs").Pairs())
        {
            var jobName = (jobKey as YamlScalarNode)?.Value ?? "?";
            var jobPermissions = job.Entry("permissions");
            if (topPermissions is null && jobPermissions is null)
            {
                sink.Add(RuleCatalog.ExcessivePermissions, jobKey, $"Job '{jobName}' has no permissions block and the workflow sets none.");
            }
            else if (jobPermissions is { } jp && IsWriteAll(jp.Value))
            {
                sink.Add(RuleCatalog.ExcessivePermissions, jp.Key, $"Job '{jobName}' grants permissions: write-all.");
            }

            if (job.Entry("uses") is { } reusable)
            {
                CheckUses(reusable.Key, reusable.Value, sink);
            }

            if (job.Entry("secrets") is { } secrets && secrets.Value.Text() == "inherit")
            {
                sink.Add(RuleCatalog.SecretsInherit, secrets.Key, $"Job '{jobName}' passes secrets: inherit.");
            }

            CheckContainer(job, jobName, sink);
            CheckSteps(file, job.Get("steps"), privileged, sink);
        }
    }

    public static void CheckAction(YamlFile file, YamlNode root, FindingSink sink) =>
        CheckSteps(file, root.Path("runs", "steps"), privileged: false, sink);

    private static void CheckSteps(YamlFile file, YamlNode? steps, bool privileged, FindingSink sink)
    {
        foreach (var step in steps.Items())
        {
            if (step.Entry("uses") is { } uses)
            {
                CheckUses(uses.Key, uses.Value, sink);
                if (IsCheckout(uses.Value.Text()))
                {
                    CheckCheckout(step, uses.Key, privileged, sink);
                }
            }

            if (step.Entry("run") is { } run && run.Value is YamlScalarNode script)
            {
                CheckRun(file, script, sink);
            }
        }
    }

    private static void CheckUses(YamlScalarNode key, YamlNode value, FindingSink sink)
    {
        var text = value.Text() ?? string.Empty;
        if (text.StartsWith("./", StringComparison.Ordinal))
        {
            return;
        }

        if (text.StartsWith("docker://", StringComparison.Ordinal))
        {
            if (!ImageReference.Parse(text["docker://".Length..]).HasDigest)
            {
                sink.Add(RuleCatalog.UnpinnedUses, key, $"'{text}' is not pinned by digest.");
            }

            return;
        }

        var at = text.LastIndexOf('@');
        var reference = at < 0 ? string.Empty : text[(at + 1)..];
        if (!FullSha().IsMatch(reference))
        {
            sink.Add(RuleCatalog.UnpinnedUses, key, at < 0 ? $"'{text}' has no ref at all." : $"'{text}' is pinned to '{reference}', not a commit SHA.");
        }
    }

    private static void CheckCheckout(YamlNode step, YamlScalarNode usesKey, bool privileged, FindingSink sink)
    {
        var with = step.Get("with");
        if (!with.Get("persist-credentials").IsFalse())
        {
            var at = with.Entry("persist-credentials")?.Key ?? usesKey;
            sink.Add(RuleCatalog.Artipacked, at, "actions/checkout keeps the token in .git/config.");
        }

        if (privileged && with.Entry("ref") is { } reference && PullRequestHead().IsMatch(reference.Value.Text() ?? string.Empty))
        {
            sink.Add(RuleCatalog.DangerousTriggers, reference.Key, $"A privileged trigger checks out the PR head ({reference.Value.Text()}).");
        }
    }

    private static void CheckContainer(YamlNode job, string jobName, FindingSink sink)
    {
        if (job.Entry("container") is { } container)
        {
            var image = container.Value is YamlScalarNode ? container : container.Value.Entry("image");
            if (image is { } i && i.Value.Text() is { } reference && !reference.Contains("${{", StringComparison.Ordinal) && !ImageReference.Parse(reference).HasDigest)
            {
                sink.Add(RuleCatalog.UnpinnedImages, i.Key, $"Job '{jobName}' runs in container '{reference}' without a digest.");
            }
        }

        foreach (var (serviceKey, service) in job.Get("services").Pairs())
        {
            if (service.Entry("image") is { } image && image.Value.Text() is { } reference && !reference.Contains("${{", StringComparison.Ordinal) && !ImageReference.Parse(reference).HasDigest)
            {
                sink.Add(RuleCatalog.UnpinnedImages, image.Key, $"Service '{(serviceKey as YamlScalarNode)?.Value}' of job '{jobName}' uses '{reference}' without a digest.");
            }
        }
    }

    private static HashSet<string> Triggers(YamlMappingNode workflow)
    {
        // "on" may be read as the boolean true by YAML 1.1 parsers; YamlDotNet keeps the text, so look for both spellings.
        var on = workflow.Get("on") ?? workflow.Get("true");
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

    private static bool IsCheckout(string? uses) => uses is not null && uses.StartsWith("actions/checkout@", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex FullSha();

    [GeneratedRegex(@"github\.event\.pull_request\.head\.(?:ref|sha)|github\.head_ref|github\.event\.workflow_run\.head_(?:branch|sha)|refs/pull/")]
    private static partial Regex PullRequestHead();
}
