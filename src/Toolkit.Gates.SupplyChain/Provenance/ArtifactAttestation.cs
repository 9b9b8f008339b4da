namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>The result of checking one artifact: status, the attestation file (when found) and an explanation.</summary>
internal sealed record ArtifactAttestation(string Artifact, AttestationStatus Status, string? AttestationPath, string Detail);
