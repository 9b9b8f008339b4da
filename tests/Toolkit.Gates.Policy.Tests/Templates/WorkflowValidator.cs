using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>
/// A small structural check of a GitHub workflow: what GitHub itself would reject when loading the file (unknown
/// keys, events and permission scopes, jobs without runs-on/uses, steps without exactly one of uses/run, dangling or
/// cyclic needs, mistyped inputs, unbalanced expressions) plus the toolkit's pinning convention (40-hex SHA and a
/// "# vX" comment). It reports every problem with its line rather than stopping at the first.
/// </summary>
internal static partial class WorkflowValidator
{
    public static IReadOnlyList<WorkflowProblem> Validate(YamlFile file)
    {
        var problems = new List<WorkflowProblem>();
        if (file.Documents.Count != 1 || file.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new WorkflowProblem(1, "A workflow is exactly one YAML document holding a mapping."));
            return problems;
        }

        CheckKeys(root, WorkflowVocabulary.TopLevelKeys, "workflow", problems);
        CheckTriggers(root, problems);
        if (root.Entry("permissions") is { } permissions)
        {
            CheckPermissions(permissions.Value, problems);
        }

        CheckJobs(root, problems);
        CheckExpressions(root, problems);
        CheckPinning(file, root, problems);
        return problems;
    }

    private static void CheckKeys(YamlNode node, IReadOnlySet<string> allowed, string what, List<WorkflowProblem> problems)
    {
        foreach (var (key, _) in node.Pairs())
        {
            if (key.Text() is not { } name || !allowed.Contains(name))
            {
                problems.Add(At(key, $"Unknown key '{key}' in {what}."));
            }
        }
    }

    private static void CheckPermissions(YamlNode permissions, List<WorkflowProblem> problems)
    {
        switch (permissions)
        {
            case YamlScalarNode scalar when scalar.Value is "read-all" or "write-all":
                return;
            case YamlMappingNode mapping:
                foreach (var (scope, level) in mapping.Children)
                {
                    var name = scope.Text() ?? string.Empty;
                    if (!WorkflowVocabulary.PermissionScopes.Contains(name))
                    {
                        problems.Add(At(scope, $"Unknown permission scope '{name}'."));
                    }
                    else if (level.Text() is not { } value || !WorkflowVocabulary.PermissionLevels.Contains(value))
                    {
                        problems.Add(At(level, $"Permission '{name}' must be read, write or none, not '{level}'."));
                    }
                    else if ((name == "id-token" && value == "read") || (name == "models" && value == "write"))
                    {
                        problems.Add(At(level, $"Permission '{name}' cannot be '{value}'."));
                    }
                }

                return;
            default:
                problems.Add(At(permissions, "permissions must be read-all, write-all or a mapping of scopes."));
                return;
        }
    }

    private static WorkflowProblem At(YamlNode node, string message) => new((int)node.Start.Line, message);
}
