namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A range vector selector <c>selector[range]</c>.</summary>
internal sealed record PromMatrixSelector(int Offset, PromVectorSelector Vector, TimeSpan Range) : PromExpr(Offset)
{
    public override PromValueType Type => PromValueType.RangeVector;

    public override IEnumerable<PromExpr> Children => [Vector];
}
