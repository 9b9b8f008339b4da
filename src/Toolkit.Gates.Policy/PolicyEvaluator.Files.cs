using Toolkit.Core.IO;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Docker;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Gates.Policy.Workflows;
using Toolkit.Gates.Policy.Yaml;

namespace Toolkit.Gates.Policy;

internal sealed partial class PolicyEvaluator
{
    private FileResult? CheckFile(string root, string path, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, IReadOnlySet<string> builtImages)
    {
        var isDockerfile = DockerfilePolicy.IsDockerfile(path);
        var isYaml = path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        var isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        if ((!isDockerfile && !isYaml && !isJson) || (isYaml && IsHelmTemplate(root, path)) || (isDockerfile && !options.Runs(PolicyPacks.Dockerfile)))
        {
            return null;
        }

        var (text, unreadable) = UserFiles.ReadLooseText(Path.Combine(root, path), path);
        if (text is null)
        {
            return Problem(path, 1, $"{unreadable!.Reason} Nothing in it was checked.");
        }

        var result = isDockerfile ? CheckDockerfile(path, text, disabled) : CheckData(path, text, isJson, disabled, custom, builtImages);
        return result is null
            ? result
            : result with { Findings = InlineSuppressions.Apply(path, text, result.Findings, disabled) };
    }

    private static FileResult? CheckDockerfile(string path, string text, IReadOnlySet<string> disabled)
    {
        var counts = ScanCounts.Zero with { Files = 1, Dockerfiles = 1 };
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return DockerfilePolicy.IsVariant(path) ? null : Problem(path, 1, "is binary, not a Dockerfile; nothing in it was checked. Fix: remove it or rename it.");
        }

        var dockerfile = DockerfileParser.Parse(path, text);
        if (dockerfile.Stages.Count == 0 && IsSymbolicLink(text))
        {
            return null; // a symbolic link checked out as a file (core.symlinks=false): its target is checked itself
        }

        if (dockerfile.Stages.Count == 0)
        {
            // Dockerfile.* may be any file sharing the prefix; a file named Dockerfile must build something.
            return DockerfilePolicy.IsVariant(path) ? null : Problem(path, 1, "has no FROM instruction, so no image is built from it and nothing in it was checked. Fix: add FROM <image>, or delete the file.");
        }

        var sink = new FindingSink(path, disabled);
        DockerfilePolicy.Check(dockerfile, sink);
        return new FileResult(sink.Findings, null, AlertStats.Empty, counts);
    }

    private FileResult? CheckData(string path, string text, bool isJson, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, IReadOnlySet<string> builtImages)
    {
        // JSON is YAML; a .json file is checked when it looks like a Kubernetes manifest (kubectl accepts both).
        if (isJson && !(options.Runs(PolicyPacks.Kubernetes) && text.Contains("\"apiVersion\"", StringComparison.Ordinal) && text.Contains("\"kind\"", StringComparison.Ordinal)))
        {
            return null;
        }

        var yaml = YamlFile.Parse(path, text, out var error);
        if (yaml is null)
        {
            return new FileResult([], error, AlertStats.Empty, ScanCounts.Zero with { Files = 1 });
        }

        return CheckYaml(yaml, new FindingSink(path, disabled) { BuiltImages = builtImages }, custom);
    }

    /// <summary>One line that reads as a relative path (docker/Dockerfile.debian): how git writes a symlink without link support.</summary>
    private static bool IsSymbolicLink(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is > 0 and < 256 && !trimmed.Contains('\n', StringComparison.Ordinal) && !trimmed.Contains(' ', StringComparison.Ordinal)
            && trimmed.Contains('/', StringComparison.Ordinal) && !trimmed.StartsWith('/') && !trimmed.StartsWith('#');
    }

    private static FileResult Problem(string path, int line, string message) =>
        new([], new FileProblem(path, line, 1, $"{System.IO.Path.GetFileName(path)} {message}"), AlertStats.Empty, ScanCounts.Zero with { Files = 1 });

    private FileResult CheckYaml(YamlFile yaml, FindingSink sink, CustomRuleEvaluator custom)
    {
        var counts = ScanCounts.Zero with { Files = 1 };
        var alerts = AlertStats.Empty;
        var rules = Alerts.Live.RuleSet.Empty;
        var extra = new List<Finding>();
        FileProblem? problem = null;
        var workflow = WorkflowPolicy.IsWorkflow(yaml.Path);
        var action = WorkflowPolicy.IsAction(yaml.Path);
        foreach (var document in yaml.Documents)
        {
            var root = document.RootNode;
            if ((workflow || WorkflowPolicy.LooksLikeWorkflow(root)) && options.Runs(PolicyPacks.Workflows))
            {
                problem ??= WorkflowPolicy.CheckWorkflow(yaml, root, options, sink);
                counts = counts with { Workflows = counts.Workflows + 1 };
            }
            else if (action && options.Runs(PolicyPacks.Workflows))
            {
                WorkflowPolicy.CheckAction(yaml, root, options, sink);
                counts = counts with { Actions = counts.Actions + 1 };
            }
            else if (AlertPolicy.IsRuleFile(root) && options.Runs(PolicyPacks.Alerts))
            {
                alerts = alerts.Add(AlertPolicy.Check(root, options, sink));
                Alerts.Hygiene.AlertHygiene.Check(string.Join('\n', yaml.Lines), root, options, sink);
                rules = rules.Add(Alerts.Live.AlertRuleReader.Read(yaml.Path, root));
                counts = counts with { AlertRuleFiles = counts.AlertRuleFiles + 1 };
            }
            else if (KubernetesPolicy.IsManifest(root) && options.Runs(PolicyPacks.Kubernetes))
            {
                KubernetesPolicy.Check(root, sink);
                counts = counts with { KubernetesDocuments = counts.KubernetesDocuments + 1 };
            }

            if (!custom.IsEmpty)
            {
                custom.Check(yaml.Path, root, extra);
            }
        }

        return new FileResult([.. sink.Findings, .. extra], problem, alerts, counts) { Rules = rules };
    }

    /// <summary>Helm chart templates are Go templates, not YAML; they are checked as rendered output (helm template) instead.</summary>
    private static bool IsHelmTemplate(string root, string path)
    {
        var parts = path.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (parts[i] == "templates")
            {
                var chart = string.Join('/', parts[..i]);
                if (File.Exists(Path.Combine(root, chart, "Chart.yaml")) || File.Exists(Path.Combine(root, chart, "Chart.yml")))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
