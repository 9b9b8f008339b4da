using Toolkit.Core.Configuration;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Configuration;
using Toolkit.Gates.Performance.Headroom;
using Toolkit.Gates.Performance.Readers;

namespace Toolkit.Gates.Performance;

/// <summary>
/// Binds <see cref="PerformanceOptions"/> from the <c>performance-gate</c> section of gates.yml and the command line,
/// collecting every problem with its line (unknown keys included) instead of stopping at the first.
/// </summary>
internal static class PerformanceOptionsBinder
{
    private static readonly PerformanceOptions Defaults = new();

    // A headroom entry's defaults: its record's initializers (service, results and peak are required).
    private static readonly HeadroomRule HeadroomDefaults = new(string.Empty, string.Empty, 0);

    /// <summary>The fewest store entries <c>keep</c> allows: 0 would delete the run just recorded.</summary>
    public const int MinKeep = 1;

    /// <summary>The most store entries <c>keep</c> allows.</summary>
    public const int MaxKeep = 10_000;

    /// <summary>The keys of the performance-gate section, each with the default <see cref="PerformanceOptions"/> states.</summary>
    public static IReadOnlyList<OptionKey> Keys { get; } =
    [
        OptionKey.Without("results"),
        OptionKey.Without("baseline"),
        OptionKey.Without("store"),
        OptionKey.Of("record", Defaults.Record),
        OptionKey.Of("keep", Defaults.Keep),
        OptionKey.Without("commit"),
        OptionKey.Of("k6_thresholds", Defaults.K6Thresholds),
        OptionKey.Without("thresholds"),
        OptionKey.Of("track", Defaults.K6Track),
        OptionKey.Without("compare"),
        OptionKey.Of("compare.max_regression", Defaults.DefaultRule.MaxRegression),
        OptionKey.Of("compare.min_effect", Defaults.DefaultRule.MinEffect),
        OptionKey.Of("compare.alpha", Defaults.DefaultRule.Alpha),
        OptionKey.Of("compare.min_samples", Defaults.DefaultRule.MinSamples),
        OptionKey.Without("compare.benchmarks"),
        OptionKey.Of("compare.benchmarks[].max_regression", Defaults.DefaultRule.MaxRegression),
        OptionKey.Of("compare.benchmarks[].min_effect", Defaults.DefaultRule.MinEffect),
        OptionKey.Of("compare.benchmarks[].alpha", Defaults.DefaultRule.Alpha),
        OptionKey.Of("compare.benchmarks[].min_samples", Defaults.DefaultRule.MinSamples),
        OptionKey.Without("trend"),
        OptionKey.Of("trend.length", Defaults.TrendLength),
        OptionKey.Without("trend.benchmarks"),
        OptionKey.Without("headroom"),
        OptionKey.Of("headroom[].unit", HeadroomDefaults.Unit),
        OptionKey.Of("headroom[].percentile", HeadroomDefaults.Percentile),
        OptionKey.Of("headroom[].latency_ms", HeadroomDefaults.LatencyMs),
        OptionKey.Of("headroom[].error_rate", HeadroomDefaults.ErrorRate),
        OptionKey.Of("headroom[].target", HeadroomDefaults.Target),
        OptionKey.Of("headroom[].min_requests", HeadroomDefaults.MinRequests),
    ];

    /// <summary>The options, and every problem found (file, line, column); the options are only usable when there are none.</summary>
    /// <param name="section">The performance-gate section of gates.yml, or null for the defaults.</param>
    /// <param name="overrides">The command line's values, or null.</param>
    public static (PerformanceOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Bind(GateSection? section, PerformanceOverrides? overrides)
    {
        overrides ??= new PerformanceOverrides();
        var (options, diagnostics) = section is null ? (Defaults, []) : Read(section);
        return (Apply(overrides, options), [.. diagnostics, .. CommandLineProblems(overrides)]);
    }

    // The command line's values the reader would refuse in gates.yml, under the option's name.
    private static IEnumerable<ConfigDiagnostic> CommandLineProblems(PerformanceOverrides overrides)
    {
        if (overrides.Keep is { } keep && keep is < MinKeep or > MaxKeep)
        {
            yield return new ConfigDiagnostic("command line", 0, 0, $"--keep {keep}: keep between {MinKeep} and {MaxKeep} entries; 0 would delete the run just recorded.");
        }
    }

    private static (PerformanceOptions Options, IReadOnlyList<ConfigDiagnostic> Diagnostics) Read(GateSection section)
    {
        var reader = section.Reader();
        var entryDiagnostics = new List<ConfigDiagnostic>();
        var options = Defaults with
        {
            Results = ResultInputReader.Read(reader, entryDiagnostics),
            Baseline = reader.String("baseline"),
            Store = reader.String("store"),
            Record = reader.Bool("record", Defaults.Record),
            Keep = reader.Int("keep", Defaults.Keep, min: MinKeep, max: MaxKeep),
            Commit = reader.String("commit"),
            K6Thresholds = reader.Bool("k6_thresholds", Defaults.K6Thresholds),
            Thresholds = ThresholdSpecReader.Read(reader),
            K6Track = reader.Has("track") ? reader.StringList("track") : Defaults.K6Track,
            Headroom = HeadroomRuleReader.Read(reader),
        };

        if (reader.Mapping("compare") is { } compare)
        {
            var defaults = ReadRule(compare, Defaults.DefaultRule);
            options = options with
            {
                DefaultRule = defaults,
                Rules = compare.MappingList("benchmarks").Select(r => ReadRule(r, defaults with { Pattern = r.RequiredString("name") })).ToList(),
            };
            compare.Finish();
        }

        if (reader.Mapping("trend") is { } trend)
        {
            options = options with { TrendLength = trend.Int("length", Defaults.TrendLength, min: 2, max: 500), KeyBenchmarks = trend.StringList("benchmarks") };
            trend.Finish();
        }

        reader.Finish();
        return (options, [.. reader.Diagnostics, .. entryDiagnostics]);
    }

    // Each command-line value that is set replaces the file's; results given there replace the whole list.
    private static PerformanceOptions Apply(PerformanceOverrides overrides, PerformanceOptions options) => options with
    {
        Results = overrides.Results.Count > 0 ? overrides.Results.Select(r => new ResultInput(r)).ToList() : options.Results,
        Baseline = overrides.Baseline ?? options.Baseline,
        Store = overrides.Store ?? options.Store,
        Record = overrides.Record ?? options.Record,
        Keep = overrides.Keep ?? options.Keep,
        Commit = overrides.Commit ?? options.Commit,
        BaseCommit = overrides.BaseCommit ?? options.BaseCommit,
    };

    private static ComparisonRule ReadRule(SectionReader r, ComparisonRule defaults) => defaults with
    {
        MaxRegression = r.Double("max_regression", defaults.MaxRegression, min: 0, max: 100),
        MinEffect = r.Double("min_effect", defaults.MinEffect, min: 0, max: 100),
        Alpha = r.Double("alpha", defaults.Alpha, min: 1e-9, max: 0.5),
        MinSamples = r.Int("min_samples", defaults.MinSamples, min: 2, max: 1_000_000),
    };
}
