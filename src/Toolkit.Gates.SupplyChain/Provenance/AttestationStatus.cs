namespace Toolkit.Gates.SupplyChain.Provenance;

/// <summary>The state of one required artifact's attestation.</summary>
internal enum AttestationStatus
{
    /// <summary>A DSSE envelope signed by a trusted key whose statement names the artifact's SHA-256.</summary>
    Verified,

    /// <summary>The artifact itself is missing.</summary>
    ArtifactMissing,

    /// <summary>No attestation file was found.</summary>
    Missing,

    /// <summary>The attestation is not a DSSE envelope with an in-toto statement.</summary>
    Malformed,

    /// <summary>No signature verifies with a trusted key.</summary>
    BadSignature,

    /// <summary>The signed statement does not name the artifact's SHA-256.</summary>
    DigestMismatch,
}
