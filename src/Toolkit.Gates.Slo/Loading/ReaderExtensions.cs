using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>Value shapes the SLO formats share, read with positions.</summary>
internal static class ReaderExtensions
{
    public static NoDataPolicy NoData(this SectionReader reader) =>
        reader.Choice("on_no_data", "error", "error", "warn", "pass") switch
        {
            "warn" => NoDataPolicy.Warn,
            "pass" => NoDataPolicy.Pass,
            _ => NoDataPolicy.Error,
        };

    public static IReadOnlyDictionary<string, string> StringMap(this SectionReader reader, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var nested = reader.Mapping(key);
        if (nested is null)
        {
            return map;
        }

        foreach (var (name, value) in nested.Node.Children)
        {
            var k = ((YamlScalarNode)name).Value ?? string.Empty;
            if (value is YamlScalarNode scalar)
            {
                map[k] = scalar.Value ?? string.Empty;
                nested.Has(k);
            }
            else
            {
                nested.Report(value, $"'{k}' under '{key}' must be a string.");
            }
        }

        return map;
    }

    /// <summary>
    /// Labels whose values are strings or lists of strings (OpenSLO allows both); a list is joined with commas, the
    /// way one Prometheus label value can carry it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Labels(this SectionReader reader, string key)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var nested = reader.Mapping(key);
        if (nested is null)
        {
            return map;
        }

        foreach (var (name, _) in nested.Node.Children)
        {
            var k = ((YamlScalarNode)name).Value ?? string.Empty;
            map[k] = string.Join(',', nested.StringList(k));
        }

        return map;
    }

    /// <summary>The owner a spec names in its labels or annotations (<c>owner</c>, then <c>team</c>, then Pyrra's team label).</summary>
    public static string Owner(params IReadOnlyDictionary<string, string>[] maps) =>
        maps.Select(m => m.GetValueOrDefault("owner") ?? m.GetValueOrDefault("team") ?? m.GetValueOrDefault("pyrra.dev/team"))
            .FirstOrDefault(o => !string.IsNullOrEmpty(o)) ?? "unowned";

    /// <summary>Checks a PromQL template has the window placeholder, so every burn window can be measured.</summary>
    public static string? Query(this SectionReader reader, string key)
    {
        var query = reader.String(key);
        if (query is not null && !QueryTemplate.HasWindow(query))
        {
            reader.ReportAt(key, $"'{key}' has no {{{{window}}}} placeholder; write the range as [{{{{window}}}}] so each burn-rate window can be measured.");
        }

        return query;
    }
}
