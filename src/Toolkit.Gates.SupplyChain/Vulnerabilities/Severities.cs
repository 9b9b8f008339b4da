using System.Globalization;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>Severity names and the CVSS score bands (v3.1 §5: 9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low).</summary>
public static class Severities
{
    public static IReadOnlyList<VulnerabilitySeverity> Known { get; } =
        [VulnerabilitySeverity.Critical, VulnerabilitySeverity.High, VulnerabilitySeverity.Moderate, VulnerabilitySeverity.Low];

    public static VulnerabilitySeverity FromScore(double score) => score switch
    {
        >= 9.0 => VulnerabilitySeverity.Critical,
        >= 7.0 => VulnerabilitySeverity.High,
        >= 4.0 => VulnerabilitySeverity.Moderate,
        > 0.0 => VulnerabilitySeverity.Low,
        _ => VulnerabilitySeverity.Unknown,
    };

    public static VulnerabilitySeverity? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "CRITICAL" => VulnerabilitySeverity.Critical,
        "HIGH" => VulnerabilitySeverity.High,
        "MODERATE" or "MEDIUM" => VulnerabilitySeverity.Moderate,
        "LOW" => VulnerabilitySeverity.Low,
        _ => null,
    };

    public static string Name(VulnerabilitySeverity severity) => severity.ToString().ToLower(CultureInfo.InvariantCulture);
}
