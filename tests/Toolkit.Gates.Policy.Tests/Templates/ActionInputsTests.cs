using Toolkit.Gates.Policy.Yaml;
using Toolkit.Testing;

namespace Toolkit.Gates.Policy.Tests.Templates;

/// <summary>
/// The templates call this repository's actions only with inputs those actions declare, and give every input they
/// require. Fails until the container actions (actions/&lt;gate&gt;, decide, protect) are merged beside the templates.
/// </summary>
public sealed class ActionInputsTests
{
    public static TheoryData<string> Workflows => [.. TemplateFiles.Workflows()];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_with_key_on_a_toolkit_action_is_an_input_of_that_action(string path)
    {
        var problems = new List<string>();
        var steps = TemplateFiles.Root(path).Get("jobs").Pairs().SelectMany(p => p.Value.Get("steps").Items());
        foreach (var step in steps)
        {
            if (ReusableWorkflowTests.Action(step) is not { } action)
            {
                continue;
            }

            var metadata = RepositoryPaths.InRepo("actions", action, "action.yml");
            if (!File.Exists(metadata))
            {
                problems.Add($"line {step.Start.Line}: actions/{action}/action.yml does not exist.");
                continue;
            }

            var inputs = TemplateFiles.Root($"actions/{action}/action.yml").Get("inputs");
            var given = step.Get("with").Pairs().Select(p => p.Key.Text()!).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(given
                .Where(key => inputs.Get(key) is null)
                .Select(key => $"line {step.Start.Line}: actions/{action} has no input '{key}'."));
            problems.AddRange(inputs.Pairs()
                .Where(p => p.Value.Get("required").IsTrue() && p.Value.Get("default") is null && !given.Contains(p.Key.Text()!))
                .Select(p => $"line {step.Start.Line}: actions/{action} requires input '{p.Key.Text()}'."));
        }

        Assert.True(problems.Count == 0, $"{path}:\n{string.Join("\n", problems)}");
    }
}
