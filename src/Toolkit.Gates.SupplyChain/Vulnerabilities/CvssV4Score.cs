namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>A scored CVSS v4.0 vector.</summary>
/// <param name="Score">0.0-10.0, one decimal: the official calculator's score of the whole vector.</param>
/// <param name="Rating">The qualitative rating of <paramref name="Score"/>.</param>
/// <param name="MacroVector">EQ1..EQ6, e.g. <c>000200</c>.</param>
/// <param name="Nomenclature">CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE: which metric groups the score reflects.</param>
internal sealed record CvssV4Score(double Score, CvssRating Rating, string MacroVector, string Nomenclature);
