using Toolkit.Core.Gates;
namespace Toolkit.Gates.SupplyChain.Rules;

/// <summary>
/// The rules of supply-chain, all prefixed <c>supply-chain/</c>, with their titles and help anchors in docs/supply-chain.md.
/// Advisory findings are not listed: their rule id is the advisory's own id (GHSA-..., CVE-...), an external identifier like a CVE.
/// </summary>
internal static class SupplyChainRules
{
    public static readonly SupplyChainRule LicenseDenied = Rule("license-denied", "Denied license", "license/denied");
    public static readonly SupplyChainRule LicenseNotAllowed = Rule("license-not-allowed", "License not allowed", "license/not-allowed");
    public static readonly SupplyChainRule LicenseUnknown = Rule("license-unknown", "Unknown license", "license/unknown");
    public static readonly SupplyChainRule AttestationMissing = Rule("attestation-missing", "Attestation missing", "attestation/missing");
    public static readonly SupplyChainRule AttestationInvalid = Rule("attestation-invalid", "Attestation invalid", "attestation/invalid");
    public static readonly SupplyChainRule ImageMutableTag = Rule("image-mutable-tag", "Mutable image tag", "image/mutable-tag");
    public static readonly SupplyChainRule NoLockfiles = Rule("no-lockfiles", "No lockfiles");
    public static readonly SupplyChainRule VulnerabilitiesNotChecked = Rule("vulnerabilities-not-checked", "Vulnerabilities not checked");

    /// <summary>Every rule, in the order docs/supply-chain.md lists them.</summary>
    public static IReadOnlyList<SupplyChainRule> All { get; } =
        [LicenseDenied, LicenseNotAllowed, LicenseUnknown, AttestationMissing, AttestationInvalid, ImageMutableTag, NoLockfiles, VulnerabilitiesNotChecked];

    private static SupplyChainRule Rule(string name, string title, string? formerId = null) =>
        new("supply-chain/" + name, title, GateRule.HelpAt("supply-chain.md", name), formerId);
}
