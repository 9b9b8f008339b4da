namespace Toolkit.Core.Prometheus;

/// <summary>The distinct values of one label (<c>/api/v1/label/&lt;name&gt;/values</c>), or why there are none.</summary>
/// <param name="Values">The values seen in the window.</param>
/// <param name="Error">The API or transport error; null on success.</param>
public sealed record LabelValuesResult(IReadOnlyList<string> Values, string? Error = null)
{
    /// <summary>True when the request failed.</summary>
    public bool IsError => Error is not null;
}
