namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A number or string literal.</summary>
internal sealed record PromLiteral(int Offset, string Text, bool IsString) : PromExpr(Offset)
{
    public override PromValueType Type => IsString ? PromValueType.String : PromValueType.Scalar;

    public override IEnumerable<PromExpr> Children => [];
}
