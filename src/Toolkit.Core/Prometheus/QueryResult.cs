namespace Toolkit.Core.Prometheus;

/// <summary>An instant query's samples, or why there are none (<see cref="Error"/> set: API or transport error).</summary>
/// <param name="Query">The PromQL sent.</param>
/// <param name="Samples">One sample per series of the vector (one for a scalar).</param>
/// <param name="Error">The API or transport error; null on success.</param>
public sealed record QueryResult(string Query, IReadOnlyList<PrometheusSample> Samples, string? Error = null)
{
    /// <summary>True when the query failed.</summary>
    public bool IsError => Error is not null;

    /// <summary>The single value of an aggregated query; NaN when empty, an error, or ambiguous (several series).</summary>
    public double Scalar => !IsError && Samples.Count == 1 ? Samples[0].Value : double.NaN;
}
