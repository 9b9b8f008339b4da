namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>The PromQL value types, for the parser's type checks (a range vector where an instant vector is needed).</summary>
internal enum PromValueType
{
    Scalar,
    String,
    InstantVector,
    RangeVector,
}
