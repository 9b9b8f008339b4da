using Toolkit.Core.Configuration;
using Toolkit.Gates.Slo.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Slo.Loading;

/// <summary>
/// Loads golden paths from one YAML file holding the toolkit's own format, OpenSLO v1 documents, or a Sloth
/// <c>prometheus/v1</c> spec (several documents may be mixed in one file, separated by <c>---</c>).
/// </summary>
public static class GoldenPathLoader
{
    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">How locations name the file (repository-relative).</param>
    /// <param name="defaultThresholds">Thresholds for golden paths that declare none (OpenSLO and Sloth never do).</param>
    public static LoadResult Load(string fullPath, string displayPath, IReadOnlyList<Threshold> defaultThresholds)
    {
        ArgumentNullException.ThrowIfNull(defaultThresholds);
        if (!File.Exists(fullPath))
        {
            return new LoadResult(null, [new ConfigDiagnostic(displayPath, 0, 0, $"golden paths file '{displayPath}' does not exist; create it or set golden_paths in .github/gates.yml (or --golden-paths).")]);
        }

        var stream = new YamlStream();
        try
        {
            using var text = new StreamReader(fullPath);
            stream.Load(text);
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
        var paths = new List<GoldenPath>();
        var openSlo = new List<(string Service, Sli Sli, string Owner, YamlNode Node)>();
        CanarySpec? canary = null;
        var readers = new List<SectionReader>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(new ConfigDiagnostic(file, (int)document.RootNode.Start.Line, (int)document.RootNode.Start.Column, "each document must be a mapping (golden_paths:, an OpenSLO document or a Sloth spec)."));
                continue;
            }

            readers.Add(new SectionReader(file, mapping));
        }

        var sliDocuments = readers
            .Where(r => Kind(r) == "SLI" && r.Mapping("metadata")?.String("name") is not null)
            .ToDictionary(r => r.Mapping("metadata")!.String("name")!, StringComparer.Ordinal);
        foreach (var reader in readers)
        {
            var apiVersion = reader.String("apiVersion");
            if (reader.Has("golden_paths"))
            {
                var own = GoldenPathsReader.Read(reader);
                paths.AddRange(own.Paths.Select(p => p.Thresholds.Count == 0 ? p with { Thresholds = defaults } : p));
                canary = own.Canary ?? canary;
            }
            else if (apiVersion is not null && apiVersion.StartsWith("openslo/", StringComparison.Ordinal))
            {
                if (apiVersion != "openslo/v1")
                {
                    reader.ReportAt("apiVersion", $"'{apiVersion}' is not supported; write OpenSLO documents as apiVersion: openslo/v1.");
                }
                else if (Kind(reader) == "SLO" && OpenSloReader.ReadSlo(reader, sliDocuments) is { } slo)
                {
                    openSlo.Add((slo.Service, slo.Sli, slo.Owner, reader.Node));
                }
            }
            else if (reader.String("version") == "prometheus/v1")
            {
                paths.Add(SlothReader.Read(reader, defaults));
            }
            else
            {
                reader.Report(reader.Node, "unrecognised document: expected 'golden_paths:', an OpenSLO v1 document (apiVersion: openslo/v1) or a Sloth spec (version: prometheus/v1).");
            }

            diagnostics.AddRange(reader.Diagnostics);
        }

        // OpenSLO has one SLO per document; the SLOs of one service make one golden path.
        foreach (var group in openSlo.GroupBy(s => s.Service, StringComparer.Ordinal))
        {
            var first = group.First();
            paths.Add(new GoldenPath(group.Key, first.Owner, first.Sli.Location) { Slis = group.Select(g => g.Sli).ToList(), Thresholds = defaults });
        }

        foreach (var duplicate in paths.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First().Location;
            diagnostics.Add(new ConfigDiagnostic(file, second.Line, second.Column, $"golden path '{duplicate.Key}' is declared twice; names must be unique."));
        }

        if (paths.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new ConfigDiagnostic(file, 1, 1, "no golden paths found; list at least one under golden_paths:."));
        }

        return new LoadResult(new GoldenPathSet(file, paths) { Canary = canary }, diagnostics);
    }

    private static string? Kind(SectionReader reader) => reader.String("kind");
}
