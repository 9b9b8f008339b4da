namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary>One license of an expression: an SPDX id (or LicenseRef), "or later" (<c>+</c>), and an optional exception.</summary>
internal sealed record SpdxLicense(string Id, bool OrLater = false, string? Exception = null) : SpdxExpression
{
    public override IReadOnlyList<IReadOnlyList<SpdxLicense>> Alternatives() => [[this]];

    public override string ToString() => Id + (OrLater ? "+" : string.Empty) + (Exception is null ? string.Empty : " WITH " + Exception);
}
