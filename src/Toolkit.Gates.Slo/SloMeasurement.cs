using Toolkit.Gates.Slo.Canary;

namespace Toolkit.Gates.Slo;

/// <summary>What the gate measured: each golden path, and the canary comparison when one was asked for.</summary>
internal sealed record SloMeasurement(IReadOnlyList<PathEvaluation> Paths, CanaryResult? Canary);
