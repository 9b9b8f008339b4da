namespace Toolkit.Gates.Policy.Alerts.PromQl;

/// <summary>A function call <c>name(args)</c> of a known PromQL function.</summary>
internal sealed record PromCall(int Offset, string Name, IReadOnlyList<PromExpr> Args, PromValueType Returns) : PromExpr(Offset)
{
    public override PromValueType Type => Returns;

    public override IEnumerable<PromExpr> Children => Args;
}
