using Toolkit.Gates.Slo.Canary;

namespace Toolkit.Gates.Slo.Checks;

/// <summary>What the gate measured: each golden path, and the canary comparison when one was asked for.</summary>
internal sealed record SloMeasurement(IReadOnlyList<PathMeasurement> Paths, CanaryResult? Canary);
