using Toolkit.Core.Configuration;
using Toolkit.Core.IO;
using Toolkit.Gates.Slo.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Loads golden paths from one YAML file holding the toolkit's own format, OpenSLO (v1 and v1alpha), Sloth (the
/// <c>prometheus/v1</c> file form and the Kubernetes <c>PrometheusServiceLevel</c>) or Pyrra
/// <c>ServiceLevelObjective</c> documents. Documents may be mixed, separated by <c>---</c>, or written as one YAML list
/// of objects. Every format becomes the same golden paths (see docs/slo-formats.md).
/// </summary>
internal static class GoldenPathLoader
{
    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">How locations name the file (repository-relative).</param>
    /// <param name="defaultThresholds">Thresholds for golden paths that declare none (upstream formats never do).</param>
    public static LoadResult Load(string fullPath, string displayPath, IReadOnlyList<Threshold> defaultThresholds)
    {
        ArgumentNullException.ThrowIfNull(defaultThresholds);
        if (!File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            return new LoadResult(null, [new ConfigDiagnostic(displayPath, 0, 0, $"golden paths file '{displayPath}' does not exist; create it or set golden_paths in .github/gates.yml (or --golden-paths).")]);
        }

        var (content, unreadable) = UserFiles.ReadLooseText(fullPath, displayPath);
        if (content is null)
        {
            return new LoadResult(null, [new ConfigDiagnostic(displayPath, unreadable!.Line, unreadable.Column, unreadable.Reason)]);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException ex)
        {
            return new LoadResult(null, [new ConfigDiagnostic(displayPath, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {ex.Message}")]);
        }

        return Parse(stream, displayPath, defaultThresholds);
    }

    private static LoadResult Parse(YamlStream stream, string file, IReadOnlyList<Threshold> defaults)
    {
        var diagnostics = new List<ConfigDiagnostic>();
        var readers = new List<SectionReader>();
        foreach (var node in stream.Documents.SelectMany(d => Objects(d.RootNode)))
        {
            if (node is YamlMappingNode mapping)
            {
                readers.Add(new SectionReader(file, mapping));
            }
            else if (node is not YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" })
            {
                diagnostics.Add(new ConfigDiagnostic(file, (int)node.Start.Line, (int)node.Start.Column, "each document must be a mapping (golden_paths:, an OpenSLO, Sloth or Pyrra object) or a list of them."));
            }
        }

        var documents = new SpecDocuments(file, defaults);
        documents.Read(readers);
        diagnostics.AddRange(readers.SelectMany(r => r.Diagnostics).Distinct());
        var set = documents.Build(diagnostics);
        if (set.Paths.Count == 0 && set.DocumentKinds.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new ConfigDiagnostic(file, 1, 1, "no golden paths found; list at least one under golden_paths: or add OpenSLO, Sloth or Pyrra SLOs."));
        }

        return new LoadResult(set, diagnostics);
    }

    /// <summary>The objects of one YAML document: the document itself, or each item when it is a list (OpenSLO tooling's list form).</summary>
    private static IEnumerable<YamlNode> Objects(YamlNode root) => root is YamlSequenceNode list ? list.Children : [root];
}
