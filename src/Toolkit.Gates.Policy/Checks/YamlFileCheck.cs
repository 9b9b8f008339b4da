using Toolkit.Gates.Policy.Alerts;
using Toolkit.Gates.Policy.Alerts.Hygiene;
using Toolkit.Gates.Policy.Alerts.Live;
using Toolkit.Gates.Policy.Custom;
using Toolkit.Gates.Policy.Kubernetes;
using Toolkit.Gates.Policy.Workflows;

namespace Toolkit.Gates.Policy.Checks;

/// <summary>Checks each document of a parsed YAML file as what it is: a workflow, an action, a rule file or a manifest; then the custom rules.</summary>
/// <param name="disabled">The current ids of the rules switched off.</param>
/// <param name="builtImages">Images skaffold builds: placeholders in the manifests.</param>
internal sealed class YamlFileCheck(PolicyOptions options, IReadOnlySet<string> disabled, CustomRuleEvaluator custom, IReadOnlySet<string> builtImages)
{
    public FileResult Run(YamlFile yaml)
    {
        var counts = ScanCounts.Zero with { Files = 1 };
        var alerts = AlertStats.Empty;
        var rules = RuleSet.Empty;
        // The built-in rules' findings first, then the custom rules', as one file's findings have always come out.
        var findings = new List<Finding>();
        var customFindings = new List<Finding>();
        FileProblem? problem = null;
        var workflow = WorkflowPolicy.IsWorkflow(yaml.Path);
        var action = WorkflowPolicy.IsAction(yaml.Path);
        foreach (var document in yaml.Documents)
        {
            var root = document.RootNode;
            if ((workflow || WorkflowPolicy.LooksLikeWorkflow(root)) && options.Runs(PolicyPacks.Workflows))
            {
                var checkedWorkflow = WorkflowPolicy.CheckWorkflow(yaml, root, options, disabled);
                findings.AddRange(checkedWorkflow.Findings);
                problem ??= checkedWorkflow.Problem;
                counts = counts with { Workflows = counts.Workflows + 1 };
            }
            else if (action && options.Runs(PolicyPacks.Workflows))
            {
                findings.AddRange(WorkflowPolicy.CheckAction(yaml, root, options, disabled));
                counts = counts with { Actions = counts.Actions + 1 };
            }
            else if (AlertPolicy.IsRuleFile(root) && options.Runs(PolicyPacks.Alerts))
            {
                var checkedAlerts = AlertPolicy.Check(yaml.Path, root, options, disabled);
                findings.AddRange(checkedAlerts.Findings);
                alerts = alerts.Add(checkedAlerts.Stats);
                findings.AddRange(AlertHygiene.Check(yaml.Path, string.Join('\n', yaml.Lines), root, options, disabled));
                rules = rules.Add(AlertRuleReader.Read(yaml.Path, root));
                counts = counts with { AlertRuleFiles = counts.AlertRuleFiles + 1 };
            }
            else if (KubernetesPolicy.IsManifest(root) && options.Runs(PolicyPacks.Kubernetes))
            {
                findings.AddRange(KubernetesPolicy.Check(yaml.Path, root, disabled, builtImages));
                counts = counts with { KubernetesDocuments = counts.KubernetesDocuments + 1 };
            }

            if (!custom.IsEmpty)
            {
                customFindings.AddRange(custom.Check(yaml.Path, root));
            }
        }

        return new FileResult([.. findings, .. customFindings], problem, alerts, counts) { Rules = rules };
    }
}
