namespace Toolkit.Gates.Slo.Prometheus;

/// <summary>An instant query's samples, or why there are none (<see cref="Error"/> set: API or transport error).</summary>
public sealed record QueryResult(string Query, IReadOnlyList<PrometheusSample> Samples, string? Error = null)
{
    public bool IsError => Error is not null;

    /// <summary>The single value of an aggregated query; NaN when empty, an error, or ambiguous (several series).</summary>
    public double Scalar => !IsError && Samples.Count == 1 ? Samples[0].Value : double.NaN;
}
