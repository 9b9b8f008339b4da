namespace Toolkit.Evidence;

/// <summary>The outcome of verifying a pack; maps to exit codes 0, 1 and 2.</summary>
public enum EvidenceVerificationStatus
{
    /// <summary>The signature verifies with the key and every entry matches the signed manifest.</summary>
    Verified,

    /// <summary>The pack was read and something does not hold (a changed, added or missing entry, a bad signature, an unsafe entry).</summary>
    Failed,

    /// <summary>The input could not be used at all: no such file, not a zip, not an ECDSA P-256 key.</summary>
    Unusable,
}
