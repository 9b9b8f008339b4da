using System.Collections;
using System.Reflection;

namespace Toolkit.Cli.Tests.Anatomy;

/// <summary>A gate's rules read from <c>Rules.{Name}Rules.All</c>: any list of items with Id, Title and HelpUri.</summary>
public sealed record GateRules(string Id, string Title, string HelpUri)
{
    public static IReadOnlyList<GateRules> Of(GateAnatomy gate)
    {
        var type = gate.Type($"Rules.{gate.Name}Rules") ?? throw new InvalidOperationException($"{gate.Namespace}.Rules.{gate.Name}Rules is missing");
        var all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IEnumerable
            ?? throw new InvalidOperationException($"{type} needs a static All listing its rules");
        return [.. all.Cast<object>().Select(rule => new GateRules(Text(rule, "Id"), Text(rule, "Title"), Text(rule, "HelpUri")))];
    }

    private static string Text(object rule, string property) =>
        rule.GetType().GetProperty(property)?.GetValue(rule)?.ToString() ?? string.Empty;
}
