namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>Unary minus or plus.</summary>
internal sealed record PromUnary(int Offset, string Operator, PromExpr Expr) : PromExpr(Offset)
{
    public override PromValueType Type => Expr.Type;

    public override IEnumerable<PromExpr> Children => [Expr];
}
