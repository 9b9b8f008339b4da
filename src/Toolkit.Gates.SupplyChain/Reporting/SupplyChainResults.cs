using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Checks;

namespace Toolkit.Gates.SupplyChain.Reporting;

/// <summary>The results of every check of one run, which the report, the evidence and the outcome are built from.</summary>
internal sealed record SupplyChainResults(
    InventoryResult Inventory,
    VulnerabilityResult Vulnerabilities,
    AttestationResult Attestations,
    LicenseResult Licenses,
    ImagePinningResult Images)
{
    /// <summary>Every finding, in the order the checks ran.</summary>
    public IReadOnlyList<Finding> Findings =>
        [.. Inventory.Findings, .. Vulnerabilities.Findings, .. Attestations.Findings, .. Licenses.Findings, .. Images.Findings];
}
