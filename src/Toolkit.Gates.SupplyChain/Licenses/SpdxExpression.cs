namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary>
/// A parsed SPDX license expression (SPDX 2.3 Annex D): license ids (with <c>+</c>), <c>LicenseRef-</c>,
/// <c>WITH</c> exceptions, <c>AND</c> binding tighter than <c>OR</c>, and parentheses.
/// </summary>
internal abstract record SpdxExpression
{
    /// <summary>
    /// The expression in disjunctive normal form: each alternative is the set of licenses that must all be accepted
    /// when that alternative is chosen.
    /// </summary>
    public abstract IReadOnlyList<IReadOnlyList<SpdxLicense>> Alternatives();

    /// <summary>Parses <paramref name="text"/>; null with <paramref name="error"/> set when it is not a valid expression.</summary>
    public static SpdxExpression? TryParse(string text, out string? error) => SpdxParser.TryParse(text, out error);
}
