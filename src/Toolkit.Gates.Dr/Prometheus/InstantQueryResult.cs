namespace Toolkit.Gates.Dr.Prometheus;

/// <summary>An instant query's answer: the largest sample value, or why there is none.</summary>
/// <param name="Value">The largest value of the vector (or the scalar); null when the result is empty or failed.</param>
/// <param name="Series">How many series the vector held.</param>
/// <param name="Error">Why the query failed (unreachable, bad PromQL); null on success.</param>
internal sealed record InstantQueryResult(double? Value, int Series, string? Error);
