namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>An instant vector selector <c>name{matchers}</c>; <see cref="Name"/> is null when only matchers are given.</summary>
internal sealed record PromVectorSelector(int Offset, string? Name, IReadOnlyList<PromMatcher> Matchers) : PromExpr(Offset)
{
    public override PromValueType Type => PromValueType.InstantVector;

    public override IEnumerable<PromExpr> Children => [];
}
