namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>An advisory's severity and where it came from.</summary>
/// <param name="Severity">From the chosen CVSS score, else the record's own label.</param>
/// <param name="Score">The computed CVSS score, when a vector could be scored.</param>
/// <param name="Vector">The scored vector, or when none was scored the first one listed.</param>
/// <param name="Version">The scored vector's CVSS version: 4.0, 3.1 or 3.0.</param>
/// <param name="Notes">Listed vectors that could not be scored, and why.</param>
internal sealed record OsvSeverityChoice(VulnerabilitySeverity Severity, double? Score, string? Vector, string? Version, IReadOnlyList<string> Notes);
