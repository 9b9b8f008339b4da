using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Hygiene;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Workflows;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Checks each document of a parsed YAML file as what it is: a workflow, an action, a rule file or a manifest; then the custom rules.</summary>
internal sealed class YamlFileCheck(PolicyOptions options, CustomRuleEvaluator custom)
{
    public FileResult Run(YamlFile yaml, FindingSink sink)
    {
        var counts = ScanCounts.Zero with { Files = 1 };
        var alerts = AlertStats.Empty;
        var rules = RuleSet.Empty;
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
                AlertHygiene.Check(string.Join('\n', yaml.Lines), root, options, sink);
                rules = rules.Add(AlertRuleReader.Read(yaml.Path, root));
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
}
