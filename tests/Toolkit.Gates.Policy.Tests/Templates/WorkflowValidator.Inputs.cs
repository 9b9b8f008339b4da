using System.Globalization;
using Toolkit.Gates.Policy.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Policy.Tests.Templates;

internal static partial class WorkflowValidator
{
    private static void CheckInputs(YamlNode? inputs, IReadOnlySet<string> types, List<WorkflowProblem> problems)
    {
        foreach (var (key, input) in inputs.Pairs())
        {
            var name = key.Text();
            CheckKeys(input, WorkflowVocabulary.InputKeys, $"input '{name}'", problems);
            var type = input.Text("type");
            if (type is null || !types.Contains(type))
            {
                problems.Add(At(input.Get("type") ?? key, $"Input '{name}' has type '{type}'; use one of {string.Join(", ", types)}."));
                continue;
            }

            if (input.Get("default") is { } value && !IsOfType(value, type))
            {
                problems.Add(At(value, $"The default of input '{name}' is not a {type}."));
            }

            if (type == "choice" && input.Get("options") is not YamlSequenceNode { Children.Count: > 0 })
            {
                problems.Add(At(key, $"Choice input '{name}' needs options."));
            }
        }
    }

    private static bool IsOfType(YamlNode value, string type) => value is YamlScalarNode scalar && type switch
    {
        "boolean" => scalar.Style == ScalarStyle.Plain && scalar.Value is "true" or "false",
        "number" => scalar.Style == ScalarStyle.Plain && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    private static void CheckCallOutputs(YamlNode? outputs, List<WorkflowProblem> problems)
    {
        foreach (var (key, output) in outputs.Pairs())
        {
            CheckKeys(output, Keys("description", "value"), $"output '{key}'", problems);
            if (output.Text("value") is not { Length: > 0 })
            {
                problems.Add(At(key, $"Output '{key}' needs a value."));
            }
        }
    }

    private static void CheckCallSecrets(YamlNode? secrets, List<WorkflowProblem> problems)
    {
        foreach (var (key, secret) in secrets.Pairs())
        {
            CheckKeys(secret, Keys("description", "required"), $"secret '{key}'", problems);
        }
    }

    private static HashSet<string> Keys(params string[] names) => new(names, StringComparer.Ordinal);
}
