using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>Parses <c>default_thresholds</c>, the thresholds of golden paths that declare none, located at the gate's section.</summary>
internal static class DefaultThresholds
{
    /// <summary>The parsed thresholds, and a problem for each one that does not parse, at its list item when gates.yml wrote it.</summary>
    /// <param name="texts">The thresholds as written.</param>
    /// <param name="section">The gate's section (the thresholds' location), or null.</param>
    /// <param name="reader">The section's reader, to place a bad threshold at its own line; null when they are not from gates.yml.</param>
    public static (IReadOnlyList<Threshold> Thresholds, IReadOnlyList<ConfigDiagnostic> Problems) Parse(IReadOnlyList<string> texts, GateSection? section, SectionReader? reader = null)
    {
        var problems = new List<ConfigDiagnostic>();
        var thresholds = new List<Threshold>();
        var at = section?.Location;
        foreach (var text in texts)
        {
            if (Threshold.TryParse(text, at, out var error) is { } threshold)
            {
                thresholds.Add(threshold);
            }
            else
            {
                var node = NodeOf(reader, text);
                problems.Add(node is not null && reader is not null
                    ? new ConfigDiagnostic(reader.File, (int)node.Start.Line, (int)node.Start.Column, $"default_thresholds: {error}")
                    : new ConfigDiagnostic(at?.Path ?? "gates.yml", at?.Line ?? 0, at?.Column ?? 0, $"default_thresholds: {error}"));
            }
        }

        return (thresholds, problems);
    }

    // The list item (or single scalar) holding this text, for its line and column.
    private static YamlNode? NodeOf(SectionReader? reader, string text) => reader?.Raw("default_thresholds") switch
    {
        YamlSequenceNode list => list.Children.FirstOrDefault(item => item is YamlScalarNode { Value: var value } && value == text),
        YamlScalarNode scalar => scalar,
        _ => null,
    };
}
