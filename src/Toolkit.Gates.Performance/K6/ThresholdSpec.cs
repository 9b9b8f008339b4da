using Toolkit.Core.Verdicts;

namespace Toolkit.Gates.Performance.K6;

/// <summary>A k6-syntax threshold on a metric (or sub-metric), and where it is written.</summary>
public sealed record ThresholdSpec(MetricSelector Metric, ThresholdExpression Expression, SourceLocation? Location = null);
