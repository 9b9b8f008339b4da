using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.Results;

/// <summary>
/// One benchmark's result: a summary value (the mean, in <paramref name="Unit"/>) and, when the tool recorded them, the
/// raw per-iteration samples the regression test needs.
/// </summary>
/// <param name="Key">Stable name, e.g. <c>Parser.ParseLarge</c> or <c>BenchmarkSort/size=1000 ns/op</c>.</param>
/// <param name="Unit">Unit of <paramref name="Mean"/> and <paramref name="Samples"/> (<c>ns</c>, <c>s</c>, <c>ms</c>, <c>B</c> ...).</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Mean">The summary value compared when there are no raw samples.</param>
/// <param name="Samples">Raw samples in <paramref name="Unit"/>; empty when only the summary is known.</param>
/// <param name="Location">Where the benchmark is in the results file.</param>
internal sealed record BenchmarkResult(
    string Key,
    string Unit,
    Direction Direction,
    double Mean,
    IReadOnlyList<double> Samples,
    SourceLocation? Location = null)
{
    /// <summary>Median of the samples, or the mean when there are none.</summary>
    public double Median => Samples.Count == 0 ? Mean : Statistics.Quantiles.Median(Samples);
}
