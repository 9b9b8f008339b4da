namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A subquery <c>expr[range:step]</c>; <see cref="Step"/> is null when the default evaluation interval is used.</summary>
internal sealed record PromSubquery(int Offset, PromExpr Expr, TimeSpan Range, TimeSpan? Step) : PromExpr(Offset)
{
    public override PromValueType Type => PromValueType.RangeVector;

    public override IEnumerable<PromExpr> Children => [Expr];
}
