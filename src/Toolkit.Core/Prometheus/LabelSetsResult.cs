namespace Toolkit.Core.Prometheus;

/// <summary>The label sets of the series a selector matched (<c>/api/v1/series</c>), or why there are none.</summary>
/// <param name="Series">One label set per series, <c>__name__</c> included.</param>
/// <param name="Error">The API or transport error; null on success.</param>
public sealed record LabelSetsResult(IReadOnlyList<IReadOnlyDictionary<string, string>> Series, string? Error = null)
{
    /// <summary>True when the request failed.</summary>
    public bool IsError => Error is not null;
}
