using Toolkit.Core.Verdicts;
using Toolkit.Gates.SupplyChain.Provenance;

namespace Toolkit.Gates.SupplyChain.Checks;

/// <summary>Each required artifact's attestation, a finding per unverified one, and their count (<c>unverified_artifacts</c>).</summary>
internal sealed record AttestationResult(IReadOnlyList<ArtifactAttestation> Artifacts, IReadOnlyList<Finding> Findings)
{
    /// <summary>No artifacts are required.</summary>
    public static AttestationResult None { get; } = new([], []);

    public int Unverified => Artifacts.Count(a => a.Status != AttestationStatus.Verified);
}
