using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.Comparison;
using Toolkit.Gates.Performance.Readers;
using Toolkit.Gates.Performance.Results;

namespace Toolkit.Gates.Performance.Checks;

/// <summary>A gate that checks nothing would pass anything: no compared benchmark, threshold or headroom (and no --record) is an error.</summary>
internal static class NothingCheckedGuard
{
    public static Unevaluable? Check(
        ThresholdCheckResult thresholds, BaselineResolution baseline, ComparisonCheckResult comparison, HeadroomCheckResult headroom,
        IReadOnlyList<BenchmarkResult> headBenchmarks, PerformanceOptions options, RepositoryRelative files, SourceLocation? sectionLocation)
    {
        if (comparison.Compared + thresholds.Thresholds.Count + headroom.Results.Count > 0 || options.Record)
        {
            return null;
        }

        return new Unevaluable(
            $"nothing was checked: {Coverage.WhyNothingCompared(baseline.Base, baseline.Note, headBenchmarks)}, and no thresholds or headroom are configured. A gate that checks nothing would pass anything: add thresholds to the performance-gate section of gates.yml, or a baseline (--baseline) holding the same benchmarks.",
            sectionLocation ?? options.Results[0].Location ?? new SourceLocation(files.Display(options.Results[0].Path)));
    }
}
