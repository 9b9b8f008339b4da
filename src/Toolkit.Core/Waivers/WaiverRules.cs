namespace Toolkit.Core.Waivers;

/// <summary>Rule ids of the findings the waiver engine itself raises.</summary>
public static class WaiverRules
{
    /// <summary>A waiver whose expiry date has passed: an error, so exceptions cannot outlive their box.</summary>
    public const string Expired = "toolkit/waiver-expired";

    /// <summary>A waiver that matched no finding: a warning, so stale exceptions get cleaned up.</summary>
    public const string Unused = "toolkit/waiver-unused";
}
