namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A binary operation, with its <c>bool</c> and vector-matching modifiers.</summary>
internal sealed record PromBinary(int Offset, string Operator, PromExpr Left, PromExpr Right, bool ReturnBool, string? Matching, string? Group) : PromExpr(Offset)
{
    public override PromValueType Type =>
        Left.Type == PromValueType.Scalar && Right.Type == PromValueType.Scalar ? PromValueType.Scalar : PromValueType.InstantVector;

    public override IEnumerable<PromExpr> Children => [Left, Right];
}
