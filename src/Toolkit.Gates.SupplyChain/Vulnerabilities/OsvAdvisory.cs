namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>An OSV vulnerability record (https://ossf.github.io/osv-schema/), the parts the gate uses.</summary>
/// <param name="Id">GHSA-..., CVE-..., OSV id.</param>
/// <param name="Aliases">Other ids of the same vulnerability (waivers match these too).</param>
/// <param name="Summary">One line.</param>
/// <param name="Severity">From the computed CVSS score (v4 preferred, else v3), else <c>database_specific.severity</c>.</param>
/// <param name="Score">The computed CVSS score, when a v4 or v3 vector could be scored.</param>
/// <param name="Affected">The packages and versions it affects.</param>
internal sealed record OsvAdvisory(
    string Id,
    IReadOnlyList<string> Aliases,
    string Summary,
    VulnerabilitySeverity Severity,
    double? Score,
    IReadOnlyList<OsvAffected> Affected)
{
    /// <summary>Where the record came from (file or zip entry), for error messages.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The vector <see cref="Score"/> was computed from; when none was scored, the first one listed, for the report.</summary>
    public string? Vector { get; init; }

    /// <summary>The CVSS version of <see cref="Vector"/> when it was scored (4.0, 3.1, 3.0).</summary>
    public string? CvssVersion { get; init; }

    /// <summary>The qualitative CVSS rating of <see cref="Score"/>.</summary>
    public CvssRating? Rating => Score is { } score ? Severities.Rating(score) : null;

    /// <summary>Listed CVSS vectors that could not be scored, and why (the severity then came from another vector or the record's label).</summary>
    public IReadOnlyList<string> SeverityNotes { get; init; } = [];
}
