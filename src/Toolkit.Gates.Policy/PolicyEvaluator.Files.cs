using Toolkit.Core.Verdicts;
using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Docker;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Rules;
using Toolkit.Gates.Policy.Workflows;
using Toolkit.Gates.Policy.Yaml;

namespace Toolkit.Gates.Policy;

public sealed partial class PolicyEvaluator
{
    private async Task<FileResult?> CheckFileAsync(string root, string path, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, CancellationToken cancellationToken)
    {
        var isDockerfile = DockerfilePolicy.IsDockerfile(path);
        var isYaml = path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
        if ((!isDockerfile && !isYaml) || (isYaml && IsHelmTemplate(root, path)))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(Path.Combine(root, path), cancellationToken).ConfigureAwait(false);
        var sink = new FindingSink(path, disabled);
        if (isDockerfile)
        {
            if (!options.Runs(PolicyPacks.Dockerfile))
            {
                return null;
            }

            var dockerfile = DockerfileParser.Parse(path, text);
            if (dockerfile.Stages.Count == 0 && DockerfilePolicy.IsVariant(path))
            {
                return null;
            }

            DockerfilePolicy.Check(dockerfile, sink);
            return new FileResult(sink.Findings, null, AlertStats.Empty, ScanCounts.Zero with { Files = 1, Dockerfiles = 1 });
        }

        var yaml = YamlFile.Parse(path, text, out var error);
        if (yaml is null)
        {
            return new FileResult([], error, AlertStats.Empty, ScanCounts.Zero with { Files = 1 });
        }

        return CheckYaml(yaml, sink, custom);
    }

    private FileResult CheckYaml(YamlFile yaml, FindingSink sink, CustomRuleEvaluator custom)
    {
        var counts = ScanCounts.Zero with { Files = 1 };
        var alerts = AlertStats.Empty;
        var extra = new List<Finding>();
        var workflow = WorkflowPolicy.IsWorkflow(yaml.Path);
        var action = WorkflowPolicy.IsAction(yaml.Path);
        foreach (var document in yaml.Documents)
        {
            var root = document.RootNode;
            if ((workflow || WorkflowPolicy.LooksLikeWorkflow(root)) && options.Runs(PolicyPacks.Workflows))
            {
                WorkflowPolicy.CheckWorkflow(yaml, root, sink);
                counts = counts with { Workflows = counts.Workflows + 1 };
            }
            else if (action && options.Runs(PolicyPacks.Workflows))
            {
                WorkflowPolicy.CheckAction(yaml, root, sink);
                counts = counts with { Actions = counts.Actions + 1 };
            }
            else if (AlertPolicy.IsRuleFile(root) && options.Runs(PolicyPacks.Alerts))
            {
                alerts = alerts.Add(AlertPolicy.Check(root, options, sink));
                Alerts.Hygiene.AlertHygiene.Check(string.Join('\n', yaml.Lines), root, options, sink);
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

        return new FileResult([.. sink.Findings, .. extra], null, alerts, counts);
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
