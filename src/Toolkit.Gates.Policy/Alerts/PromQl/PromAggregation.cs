namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>An aggregation <c>op [by|without (labels)] ([param,] expr)</c>.</summary>
internal sealed record PromAggregation(int Offset, string Operator, IReadOnlyList<string> Grouping, bool Without, PromExpr? Param, PromExpr Expr) : PromExpr(Offset)
{
    public override PromValueType Type => PromValueType.InstantVector;

    public override IEnumerable<PromExpr> Children => Param is null ? [Expr] : [Param, Expr];
}
