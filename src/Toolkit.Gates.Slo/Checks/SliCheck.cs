using Toolkit.Gates.Slo.Burn;
using Toolkit.Gates.Slo.Model;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>Measures a golden path's SLIs against Prometheus at the evaluation time, all at once (bounded by the client).</summary>
internal static class SliCheck
{
    /// <summary>One result per SLI; none when the path has no SLIs or there is no Prometheus to ask.</summary>
    public static async Task<IReadOnlyList<SliResult>> MeasureAsync(SliEvaluator? evaluator, GoldenPath path, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (evaluator is null || path.Slis.Count == 0)
        {
            return [];
        }

        return await Task.WhenAll(path.Slis.Select(s => evaluator.EvaluateAsync(s, path.EvaluationWindow, at, null, cancellationToken))).ConfigureAwait(false);
    }
}
