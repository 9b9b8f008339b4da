namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary><c>left AND right</c>: both licenses apply.</summary>
internal sealed record SpdxAnd(SpdxExpression Left, SpdxExpression Right) : SpdxExpression
{
    public override IReadOnlyList<IReadOnlyList<SpdxLicense>> Alternatives() =>
        (from l in Left.Alternatives() from r in Right.Alternatives() select (IReadOnlyList<SpdxLicense>)[.. l, .. r]).ToList();

    public override string ToString() => $"({Left} AND {Right})";
}
