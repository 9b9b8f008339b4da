using Toolkit.Core.Configuration;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.K6;
using Toolkit.Gates.Performance.Readers;
using YamlDotNet.RepresentationModel;

namespace Toolkit.Gates.Performance;

/// <summary>
/// Binds the <c>performance-gate</c> section of gates.yml to <see cref="PerformanceOptions"/>, collecting every
/// problem with its line (unknown keys included) instead of stopping at the first.
/// </summary>
internal static partial class PerformanceOptionsBinder
{
    private static readonly string[] FormatNames = ["auto", "k6-summary", "k6-ndjson", "benchmarkdotnet", "hyperfine", "go", "custom-smaller-is-better", "custom-bigger-is-better"];

    /// <summary>Reads the section; a null section gives the defaults.</summary>
    public static PerformanceOptions Bind(GateSection? section, out IReadOnlyList<ConfigDiagnostic> diagnostics)
    {
        var options = new PerformanceOptions();
        if (section is null)
        {
            diagnostics = [];
            return options;
        }

        var reader = section.Reader();
        var extra = new List<ConfigDiagnostic>();
        options = options with
        {
            Results = ReadResults(reader, extra),
            Baseline = reader.String("baseline"),
            Store = reader.String("store"),
            Record = reader.Bool("record", false),
            Keep = reader.Int("keep", 50, min: 1, max: 10_000),
            Commit = reader.String("commit"),
            K6Thresholds = reader.Bool("k6_thresholds", true),
            Thresholds = ReadThresholds(reader),
            K6Track = reader.Has("track") ? reader.StringList("track") : options.K6Track,
            Headroom = ReadHeadroom(reader),
        };

        if (reader.Mapping("compare") is { } compare)
        {
            var defaults = ReadRule(compare, new ComparisonRule());
            options = options with
            {
                DefaultRule = defaults,
                Rules = compare.MappingList("benchmarks").Select(r => ReadRule(r, defaults with { Pattern = r.RequiredString("name") })).ToList(),
            };
            compare.Finish();
        }

        if (reader.Mapping("trend") is { } trend)
        {
            options = options with { TrendLength = trend.Int("length", 20, min: 2, max: 500), KeyBenchmarks = trend.StringList("benchmarks") };
            trend.Finish();
        }

        reader.Finish();
        diagnostics = [.. reader.Diagnostics, .. extra];
        return options;
    }

    /// <summary>Maps a format name of gates.yml or the command line to <see cref="ResultFormat"/>.</summary>
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

    private static List<ResultInput> ReadResults(SectionReader reader, List<ConfigDiagnostic> extra)
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
            var at = new Core.Verdicts.SourceLocation(reader.File, (int)item.Start.Line, (int)item.Start.Column);
            if (item is YamlScalarNode { Value: { Length: > 0 } path })
            {
                inputs.Add(new ResultInput(path) { Location = at });
            }
            else if (item is YamlMappingNode mapping)
            {
                var entry = new SectionReader(reader.File, mapping);
                var path2 = entry.RequiredString("path");
                var format = entry.Choice("format", "auto", FormatNames);
                entry.Finish();
                extra.AddRange(entry.Diagnostics);
                inputs.Add(new ResultInput(path2, ParseFormat(format) ?? ResultFormat.Auto) { Location = at });
            }
            else
            {
                reader.Report(item, "each entry of 'results' must be a path or a mapping with path and format.");
            }
        }

        return inputs;
    }

    private static ComparisonRule ReadRule(SectionReader r, ComparisonRule defaults)
    {
        var rule = defaults with
        {
            MaxRegression = r.Double("max_regression", defaults.MaxRegression, min: 0, max: 100),
            MinEffect = r.Double("min_effect", defaults.MinEffect, min: 0, max: 100),
            Alpha = r.Double("alpha", defaults.Alpha, min: 1e-9, max: 0.5),
            MinSamples = r.Int("min_samples", defaults.MinSamples, min: 2, max: 1_000_000),
        };
        return rule;
    }
}
