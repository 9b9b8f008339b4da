namespace Toolkit.Gates.Performance.K6;

/// <summary>The comparison operators k6 accepts in threshold expressions.</summary>
public enum ThresholdOperator
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}
