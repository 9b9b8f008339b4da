namespace Toolkit.Evidence;

/// <summary>What to pack and how to sign it.</summary>
/// <param name="Version">The release (<c>v3.0.0</c>): letters, digits, <c>. _ + -</c>.</param>
/// <param name="SourceDirectory">The gates' output directory (<c>artifacts/gates</c>): verdict files and evidence.</param>
/// <param name="SigningKeyPem">ECDSA P-256 private key, PEM (what <c>gate attest</c> signs with).</param>
/// <param name="CommitRange">The commits the release covers; see <see cref="CommitRangeResolver"/>.</param>
public sealed record EvidencePackRequest(string Version, string SourceDirectory, string SigningKeyPem, CommitRange CommitRange)
{
    /// <summary>The signer's identity in <c>signed_by</c>. <value>The default value is the key's fingerprint.</value></summary>
    public string? SignedBy { get; init; }

    /// <summary>
    /// Files under <see cref="SourceDirectory"/> to leave out, as full paths (the pack being written, its sidecar).
    /// <c>decision.json</c> and <c>decision.md</c> are always left out: the go/no-go is computed from the pack.
    /// </summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Bounds the pack must stay within, so the verifier reads it. <value>The default value is <see cref="EvidenceLimits.Default"/>.</value></summary>
    public EvidenceLimits Limits { get; init; } = EvidenceLimits.Default;
}
