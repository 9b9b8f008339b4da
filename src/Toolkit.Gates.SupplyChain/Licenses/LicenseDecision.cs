namespace Toolkit.Gates.SupplyChain.Licenses;

/// <summary>What the license policy says about one component.</summary>
public enum LicenseDecision
{
    /// <summary>Some choice of the expression uses only acceptable licenses.</summary>
    Allowed,

    /// <summary>Every choice of the expression includes a denied license.</summary>
    Denied,

    /// <summary>An allow list is set and no choice uses only allowed licenses.</summary>
    NotAllowed,

    /// <summary>The license is not known (no expression in the lockfile or nuspec, or only a URL).</summary>
    Unknown,

    /// <summary>The declared text is not a valid SPDX expression.</summary>
    Invalid,
}
