namespace Toolkit.Gates.SupplyChain.Vulnerabilities;

/// <summary>The CVSS qualitative severity rating scale (v4.0 §6, same bands as v3.1 §5).</summary>
public enum CvssRating
{
    /// <summary>0.0.</summary>
    None,

    /// <summary>0.1-3.9.</summary>
    Low,

    /// <summary>4.0-6.9.</summary>
    Medium,

    /// <summary>7.0-8.9.</summary>
    High,

    /// <summary>9.0-10.0.</summary>
    Critical,
}
