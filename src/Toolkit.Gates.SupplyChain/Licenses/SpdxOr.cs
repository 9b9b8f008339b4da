namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary><c>left OR right</c>: the user may choose either.</summary>
internal sealed record SpdxOr(SpdxExpression Left, SpdxExpression Right) : SpdxExpression
{
    public override IReadOnlyList<IReadOnlyList<SpdxLicense>> Alternatives() => [.. Left.Alternatives(), .. Right.Alternatives()];

    public override string ToString() => $"({Left} OR {Right})";
}
