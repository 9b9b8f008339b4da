using Toolkit.Core.Prometheus;

namespace Toolkit.Gates.Dr.Prometheus;

/// <summary>An instant query's answer: the largest sample value, or why there is none.</summary>
/// <param name="Value">The largest value of the vector (or the scalar); null when the result is empty or failed.</param>
/// <param name="Series">How many series the vector held.</param>
/// <param name="Error">Why the query failed (unreachable, bad PromQL); null on success.</param>
internal sealed record InstantQueryResult(double? Value, int Series, string? Error)
{
    /// <summary>Reduces a query result to its largest finite value: NaN and infinities are no timestamp at all.</summary>
    public static InstantQueryResult From(QueryResult result)
    {
        if (result.Error is { } error)
        {
            return new InstantQueryResult(null, 0, error.TrimEnd('.'));
        }

        var finite = result.Samples.Select(s => s.Value).Where(double.IsFinite).ToList();
        return new InstantQueryResult(finite.Count == 0 ? null : finite.Max(), result.Samples.Count, null);
    }
}
