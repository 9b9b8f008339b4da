namespace Toolkit.Core.Prometheus;

/// <summary>A range query's series, or the error.</summary>
/// <param name="Query">The PromQL sent.</param>
/// <param name="Series">One series per label set.</param>
/// <param name="Error">The API or transport error; null on success.</param>
public sealed record RangeResult(string Query, IReadOnlyList<PrometheusSeries> Series, string? Error = null)
{
    /// <summary>True when the query failed.</summary>
    public bool IsError => Error is not null;
}
