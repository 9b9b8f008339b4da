using System.Globalization;

namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>Severity names and the CVSS score bands (v3.1 §5: 9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low).</summary>
internal static class Severities
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

    /// <summary>The CVSS qualitative rating of a score (v4.0 §6: 0.0 none, 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical).</summary>
    public static CvssRating Rating(double score) => score switch
    {
        >= 9.0 => CvssRating.Critical,
        >= 7.0 => CvssRating.High,
        >= 4.0 => CvssRating.Medium,
        > 0.0 => CvssRating.Low,
        _ => CvssRating.None,
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
