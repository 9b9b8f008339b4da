namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>A range query's series, or the error.</summary>
public sealed record RangeResult(string Query, IReadOnlyList<PrometheusSeries> Series, string? Error = null)
{
    public bool IsError => Error is not null;
}
