using Toolkit.Core.IO;
using Toolkit.Core.Signing;

namespace Toolkit.Evidence;

/// <summary>
/// Verifies an evidence pack without extracting it: the archive is read in place, every length bounded, every name and
/// attribute checked (no <c>..</c>, absolute paths, backslashes, drive letters, links, duplicates), the manifest's DSSE
/// signature verified with the given public key, and every entry compared with the signed manifest.
/// </summary>
public static class EvidencePackVerifier
{
    /// <summary>Verifies the pack at <paramref name="path"/>; a missing or unreadable file is <see cref="EvidenceVerificationStatus.Unusable"/>.</summary>
    public static EvidenceVerification Verify(string path, string publicKeyPem, EvidenceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (stream, unreadable) = UserFiles.OpenRead(path, path);
        if (stream is null)
        {
            return EvidenceVerification.Unusable(unreadable!.ToString());
        }

        using (stream)
        {
            return Verify(stream, publicKeyPem, limits);
        }
    }

    /// <summary>Verifies the pack in <paramref name="pack"/>, a readable, seekable stream.</summary>
    public static EvidenceVerification Verify(Stream pack, string publicKeyPem, EvidenceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(publicKeyPem);
        if (!pack.CanRead || !pack.CanSeek)
        {
            throw new ArgumentException("the pack stream must be readable and seekable.", nameof(pack));
        }

        DsseVerifier verifier;
        byte[] digest;
        try
        {
            verifier = DsseVerifier.FromPem([publicKeyPem]);
            digest = KeyFingerprint.Digest(publicKeyPem);
        }
        catch (ArgumentException ex)
        {
            return EvidenceVerification.Unusable($"the key is unusable: {ex.Message}");
        }

        using (verifier)
        {
            try
            {
                return new PackInspection(pack, verifier, digest, limits ?? EvidenceLimits.Default).Run();
            }
            catch (IOException ex)
            {
                return EvidenceVerification.Unusable($"the pack could not be read: {ex.Message}");
            }
        }
    }
}
