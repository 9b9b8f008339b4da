namespace Toolkit.Gates.SupplyChain.Gate;

/// <summary>Rule ids of findings that are not advisories (advisory findings use the advisory id).</summary>
internal static class SupplyChainRules
{
    public const string LicenseDenied = "license/denied";
    public const string LicenseNotAllowed = "license/not-allowed";
    public const string LicenseUnknown = "license/unknown";
    public const string AttestationMissing = "attestation/missing";
    public const string AttestationInvalid = "attestation/invalid";
    public const string ImageMutableTag = "image/mutable-tag";
    public const string NoLockfiles = "supply-chain/no-lockfiles";
    public const string VulnerabilitiesNotChecked = "supply-chain/vulnerabilities-not-checked";
}
