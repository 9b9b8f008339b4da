namespace Toolkit.Evidence;

/// <summary>The outcome of packing: the signed manifest and the archive's hash, or every problem that stopped it.</summary>
/// <param name="Manifest">The signed manifest; null when there were problems.</param>
/// <param name="Sha256">SHA-256 of the archive written (lower hex); null when there were problems (nothing was written).</param>
/// <param name="Problems">Why the pack was not made.</param>
public sealed record EvidencePackResult(EvidenceManifest? Manifest, string? Sha256, IReadOnlyList<EvidenceProblem> Problems)
{
    /// <summary>True when the pack was written: there is a manifest and no problem.</summary>
    public bool Created => Manifest is not null && Problems.Count == 0;

    internal static EvidencePackResult Failed(IReadOnlyList<EvidenceProblem> problems) => new(null, null, problems);
}
