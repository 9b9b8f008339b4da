namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A parenthesised expression.</summary>
internal sealed record PromParen(int Offset, PromExpr Expr) : PromExpr(Offset)
{
    public override PromValueType Type => Expr.Type;

    public override IEnumerable<PromExpr> Children => [Expr];
}
