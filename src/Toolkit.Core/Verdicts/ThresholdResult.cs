namespace Toolkit.Core.Verdicts;

/// <summary>A threshold the gate checked, e.g. <c>p95_ms&lt;=150</c>, with the observed value and whether it held.</summary>
/// <param name="Name">The metric it constrains.</param>
/// <param name="Expression">The expression as the user wrote it.</param>
/// <param name="Actual">The observed value; null when there was nothing to observe.</param>
/// <param name="Passed">Whether the expression held.</param>
public sealed record ThresholdResult(string Name, string Expression, double? Actual, bool Passed);
