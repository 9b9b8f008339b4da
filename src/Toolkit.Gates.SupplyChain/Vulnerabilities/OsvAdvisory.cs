namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>An OSV vulnerability record (https://ossf.github.io/osv-schema/), the parts the gate uses.</summary>
/// <param name="Id">GHSA-..., CVE-..., OSV id.</param>
/// <param name="Aliases">Other ids of the same vulnerability (waivers match these too).</param>
/// <param name="Summary">One line.</param>
/// <param name="Severity">From the CVSS v3 vector's computed base score, else <c>database_specific.severity</c>.</param>
/// <param name="Score">The computed CVSS base score, when there is a v3 vector.</param>
/// <param name="Affected">The packages and versions it affects.</param>
public sealed record OsvAdvisory(
    string Id,
    IReadOnlyList<string> Aliases,
    string Summary,
    VulnerabilitySeverity Severity,
    double? Score,
    IReadOnlyList<OsvAffected> Affected)
{
    /// <summary>Where the record came from (file or zip entry), for error messages.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>A CVSS vector the gate did not score (v4), kept for the report.</summary>
    public string? Vector { get; init; }
}
