using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>Parses <c>default_thresholds</c>, the thresholds of golden paths that declare none, located at the gate's section.</summary>
internal static class DefaultThresholds
{
    public static (IReadOnlyList<Threshold> Thresholds, IReadOnlyList<ConfigDiagnostic> Problems) Parse(IReadOnlyList<string> texts, GateSection? section)
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
                problems.Add(new ConfigDiagnostic(at?.Path ?? "gates.yml", at?.Line ?? 0, at?.Column ?? 0, $"default_thresholds: {error}"));
            }
        }

        return (thresholds, problems);
    }
}
