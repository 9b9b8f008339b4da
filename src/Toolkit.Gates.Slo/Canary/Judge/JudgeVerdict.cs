namespace Toolkit.Gates.Slo.Canary.Judge;

/// <summary>The judge's answer: <c>pass</c>, <c>fail</c> or <c>inconclusive</c>, with the reasons and figures behind it.</summary>
/// <param name="Verdict">pass, fail or inconclusive.</param>
/// <param name="Reasons">One sentence per comparison made (or why none could be).</param>
/// <param name="Step">The step judged, as asked.</param>
/// <param name="Comparisons">The figures: one per metric compared.</param>
/// <param name="Unavailable">Prometheus could not be asked: the server answers 503, the controller retries.</param>
internal sealed record JudgeVerdict(string Verdict, IReadOnlyList<string> Reasons, int Step, IReadOnlyList<JudgeComparison> Comparisons, bool Unavailable = false)
{
    /// <summary>The canary's request count over the window, when measured.</summary>
    public double? CanaryRequests { get; init; }
}
