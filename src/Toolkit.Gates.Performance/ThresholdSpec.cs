using Toolkit.Core.Verdicts;
using Toolkit.Gates.Performance.K6;

namespace Toolkit.Gates.Performance;

/// <summary>A k6-syntax threshold on a metric (or sub-metric), and where it is written.</summary>
public sealed record ThresholdSpec(MetricSelector Metric, ThresholdExpression Expression, SourceLocation? Location = null);
