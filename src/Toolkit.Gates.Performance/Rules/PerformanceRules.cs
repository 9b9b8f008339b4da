using Toolkit.Core.Gates;

namespace Toolkit.Gates.Performance.Rules;

/// <summary>
/// The rules of performance-gate, all prefixed <c>perf/</c>, with their titles and help anchors in docs/performance.md.
/// A rule reported in several situations has one object per situation (same id and help, a title that says which).
/// </summary>
internal static class PerformanceRules
{
    /// <summary>A benchmark (or tracked k6 value) regressed against the base.</summary>
    public static readonly GateRule Regression = Rule("regression", "Performance regression");

    /// <summary>A configured k6-style threshold failed.</summary>
    public static readonly GateRule Threshold = Rule("threshold", "Threshold failed");

    /// <summary>A configured threshold names a metric the results do not hold.</summary>
    public static readonly GateRule ThresholdMissingMetric = Threshold with { Title = "Threshold on a missing metric" };

    /// <summary>A configured threshold could not be evaluated over its metric.</summary>
    public static readonly GateRule ThresholdUncheckable = Threshold with { Title = "Threshold cannot be checked" };

    /// <summary>A threshold k6 evaluated in the run itself failed.</summary>
    public static readonly GateRule K6Threshold = Threshold with { Title = "k6 threshold failed" };

    /// <summary>Capacity headroom below the target.</summary>
    public static readonly GateRule Headroom = Rule("headroom", "Headroom below target");

    /// <summary>A note about the baseline: not the exact PR base, none found, or none configured.</summary>
    public static readonly GateRule Baseline = Rule("baseline", "Baseline");

    /// <summary>Benchmarks of the baseline that the head did not run.</summary>
    public static readonly GateRule BenchmarksMissing = Baseline with { Title = "Benchmarks missing from the head" };

    /// <summary>Benchmarks of the head with no base value.</summary>
    public static readonly GateRule BenchmarksNew = Baseline with { Title = "New benchmarks" };

    /// <summary>The base and the head ran in different environments.</summary>
    public static readonly GateRule EnvironmentChanged = Baseline with { Title = "Environment changed" };

    /// <summary>Every rule, in the order docs/performance.md lists them.</summary>
    public static IReadOnlyList<GateRule> All { get; } = [Threshold, Regression, Headroom, Baseline];

    private static GateRule Rule(string name, string title) => GateRule.Documented("perf/", name, title, "performance.md");
}
