namespace Toolkit.Evidence;

/// <summary>What verifying a pack found.</summary>
/// <param name="Status">Verified only when <paramref name="Problems"/> is empty.</param>
/// <param name="Problems">Every problem found, each naming the entry it is about.</param>
public sealed record EvidenceVerification(EvidenceVerificationStatus Status, IReadOnlyList<EvidenceProblem> Problems)
{
    /// <summary>True when <see cref="Status"/> is <see cref="EvidenceVerificationStatus.Verified"/>.</summary>
    public bool Verified => Status == EvidenceVerificationStatus.Verified;

    /// <summary>The manifest as found in the pack (trusted only when <see cref="Verified"/>).</summary>
    public EvidenceManifest? Manifest { get; init; }

    /// <summary>The verifying key's fingerprint, <c>SHA256:&lt;base64&gt;</c>.</summary>
    public string? KeyFingerprint { get; init; }

    internal static EvidenceVerification Unusable(string message) =>
        new(EvidenceVerificationStatus.Unusable, [new EvidenceProblem(null, message)]);
}
