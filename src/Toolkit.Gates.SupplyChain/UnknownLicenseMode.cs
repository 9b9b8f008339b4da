namespace Toolkit.Gates.SupplyChain;

/// <summary>What to do with a component whose license is unknown.</summary>
public enum UnknownLicenseMode
{
    /// <summary>An error finding: the gate fails.</summary>
    Fail,

    /// <summary>A warning finding (the default).</summary>
    Warn,

    /// <summary>Not reported.</summary>
    Allow,
}
