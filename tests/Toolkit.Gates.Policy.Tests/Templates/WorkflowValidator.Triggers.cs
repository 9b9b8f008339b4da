using System.Text.RegularExpressions;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

internal static partial class WorkflowValidator
{
    private static void CheckTriggers(YamlMappingNode root, List<WorkflowProblem> problems)
    {
        if (root.Entry("on") is not { } on)
        {
            problems.Add(new WorkflowProblem(1, "The workflow has no 'on'."));
            return;
        }

        IEnumerable<(YamlNode Name, YamlNode? Settings)> events = on.Value switch
        {
            YamlScalarNode scalar => [(scalar, null)],
            YamlSequenceNode sequence => sequence.Children.Select(c => (c, (YamlNode?)null)),
            YamlMappingNode mapping => mapping.Children.Select(p => (p.Key, (YamlNode?)p.Value)),
            _ => [],
        };
        var any = false;
        foreach (var (name, settings) in events)
        {
            any = true;
            var text = name.Text() ?? string.Empty;
            if (!WorkflowVocabulary.Events.Contains(text))
            {
                problems.Add(At(name, $"Unknown event '{text}'."));
                continue;
            }

            CheckTrigger(text, settings, problems);
        }

        if (!any)
        {
            problems.Add(At(on.Key, "'on' names no event."));
        }
    }

    private static void CheckTrigger(string name, YamlNode? settings, List<WorkflowProblem> problems)
    {
        switch (name)
        {
            case "schedule":
                CheckSchedule(settings, problems);
                break;
            case "workflow_run" when settings.Get("workflows") is not YamlSequenceNode { Children.Count: > 0 }:
                problems.Add(At(settings ?? new YamlScalarNode(name), "workflow_run needs a list of workflows."));
                break;
            case "workflow_call":
                CheckInputs(settings.Get("inputs"), WorkflowVocabulary.CallInputTypes, problems);
                CheckCallOutputs(settings.Get("outputs"), problems);
                CheckCallSecrets(settings.Get("secrets"), problems);
                break;
            case "workflow_dispatch":
                CheckInputs(settings.Get("inputs"), WorkflowVocabulary.DispatchInputTypes, problems);
                break;
        }
    }

    private static void CheckSchedule(YamlNode? settings, List<WorkflowProblem> problems)
    {
        if (settings is not YamlSequenceNode { Children.Count: > 0 } entries)
        {
            problems.Add(At(settings ?? new YamlScalarNode("schedule"), "schedule needs a list of '- cron:' entries."));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Text("cron") is not { } cron || !Cron().IsMatch(cron))
            {
                problems.Add(At(entry, "A schedule entry needs a five-field cron expression."));
            }
        }
    }

    [GeneratedRegex(@"^\s*\S+(\s+\S+){4}\s*$")]
    private static partial Regex Cron();
}
