using Toolkit.Core.Configuration;
using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Readers;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Performance.Configuration;

/// <summary>The <c>results</c> key: a path, or a list of paths and <c>{path, format}</c> mappings.</summary>
internal static class ResultInputReader
{
    private static readonly string[] FormatNames = ["auto", "k6-summary", "k6-ndjson", "benchmarkdotnet", "hyperfine", "go", "custom-smaller-is-better", "custom-bigger-is-better"];

    /// <summary>The inputs; problems of the mapping entries go to <paramref name="entryDiagnostics"/> (the section's own go to its reader).</summary>
    public static List<ResultInput> Read(SectionReader reader, List<ConfigDiagnostic> entryDiagnostics)
    {
        var inputs = new List<ResultInput>();
        var node = reader.Raw("results");
        var items = node switch
        {
            YamlSequenceNode sequence => sequence.Children.ToList(),
            YamlScalarNode scalar when !string.IsNullOrEmpty(scalar.Value) => [scalar],
            _ => [],
        };
        if (node is YamlMappingNode)
        {
            reader.ReportAt("results", "'results' must be a list of files (paths, or mappings with path and format).");
        }

        foreach (var item in items)
        {
            var at = new SourceLocation(reader.File, (int)item.Start.Line, (int)item.Start.Column);
            if (item is YamlScalarNode { Value: { Length: > 0 } path })
            {
                inputs.Add(new ResultInput(path) { Location = at });
            }
            else if (item is YamlMappingNode mapping)
            {
                var entry = new SectionReader(reader.File, mapping);
                var entryPath = entry.RequiredString("path");
                var format = entry.Choice("format", "auto", FormatNames);
                entry.Finish();
                entryDiagnostics.AddRange(entry.Diagnostics);
                inputs.Add(new ResultInput(entryPath, ParseFormat(format) ?? ResultFormat.Auto) { Location = at });
            }
            else
            {
                reader.Report(item, "each entry of 'results' must be a path or a mapping with path and format.");
            }
        }

        return inputs;
    }

    /// <summary>Maps a format name of gates.yml to <see cref="ResultFormat"/>.</summary>
    public static ResultFormat? ParseFormat(string name) => name.ToLowerInvariant() switch
    {
        "auto" => ResultFormat.Auto,
        "k6-summary" => ResultFormat.K6Summary,
        "k6-ndjson" => ResultFormat.K6Ndjson,
        "benchmarkdotnet" => ResultFormat.BenchmarkDotNet,
        "hyperfine" => ResultFormat.Hyperfine,
        "go" => ResultFormat.GoBench,
        "custom-smaller-is-better" => ResultFormat.CustomSmallerIsBetter,
        "custom-bigger-is-better" => ResultFormat.CustomBiggerIsBetter,
        _ => null,
    };
}
