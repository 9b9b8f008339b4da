using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Slo.Loading.OpenSlo;

/// <summary>One metric source of an indicator: its resolved type and, for Prometheus, the query.</summary>
/// <param name="Type">The source type (inline or from the referenced DataSource).</param>
/// <param name="Query">The PromQL when the type is Prometheus; null otherwise.</param>
/// <param name="TypeLocation">Where the type is declared (inline, or the metricSourceRef).</param>
internal sealed record OpenSloMetric(string Type, string? Query, SourceLocation TypeLocation)
{
    public bool IsPrometheus => string.Equals(Type, "Prometheus", StringComparison.OrdinalIgnoreCase);
}
