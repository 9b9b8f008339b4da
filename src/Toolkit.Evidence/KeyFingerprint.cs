using System.Security.Cryptography;

namespace Toolkit.Evidence;

/// <summary>
/// Names a key by its public half: SHA-256 of the SubjectPublicKeyInfo, as <c>SHA256:&lt;base64&gt;</c> (unpadded, as
/// ssh-keygen prints fingerprints) for people, and as the lower-hex key id DSSE signatures carry.
/// </summary>
public static class KeyFingerprint
{
    /// <summary>The fingerprint of the key in <paramref name="pem"/> (public or private).</summary>
    /// <exception cref="ArgumentException">The PEM holds no EC key.</exception>
    public static string FromPem(string pem) => Format(Digest(pem));

    internal static string Format(byte[] digest) => "SHA256:" + Convert.ToBase64String(digest).TrimEnd('=');

    internal static string KeyId(byte[] digest) => Convert.ToHexStringLower(digest);

    internal static byte[] Digest(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException($"not an EC key in PEM form ({ex.Message})", nameof(pem), ex);
        }

        return SHA256.HashData(key.ExportSubjectPublicKeyInfo());
    }
}
