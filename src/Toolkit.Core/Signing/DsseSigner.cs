using System.Security.Cryptography;

namespace Toolkit.Core.Signing;

/// <summary>
/// Signs DSSE envelopes with an ECDSA P-256 private key (PEM, PKCS#8 or SEC1): SHA-256 over the PAE, signature
/// DER-encoded (RFC 3279), as cosign produces and verifies it. Signatures are deterministic (RFC 6979): the same key
/// and payload give the same envelope bytes, which is what makes evidence packs reproducible.
/// </summary>
/// <remarks>
/// Deterministic for every envelope, attestations included, rather than for evidence packs only: one signing path, and
/// every signed output is reproducible. Verifiers cannot tell the difference. (cosign's Go signer draws a random nonce
/// by default; Go's crypto/ecdsa signs per RFC 6979 when given no random source.)
/// </remarks>
public sealed class DsseSigner : IDisposable
{
    private readonly ECDsa key;

    private DsseSigner(ECDsa key, string keyId)
    {
        this.key = key;
        KeyId = keyId;
    }

    /// <summary>The key id written into signatures: lower-hex SHA-256 of the public key (SubjectPublicKeyInfo DER).</summary>
    public string KeyId { get; }

    /// <summary>Loads a P-256 private key from PEM text; a key of another curve or type is refused.</summary>
    /// <exception cref="ArgumentException">The PEM holds no ECDSA P-256 private key.</exception>
    public static DsseSigner FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            DsseKeys.RequireP256(key);
            // A public key imports too, and would only fail when signing: refuse it here, with the same message.
            _ = key.ExportParameters(includePrivateParameters: true);
            return new DsseSigner(key, DsseKeys.KeyId(key));
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new ArgumentException($"not an ECDSA P-256 private key in PEM form ({ex.Message})", nameof(pem), ex);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Signs <paramref name="payload"/> of <paramref name="payloadType"/> into a one-signature envelope. The signature is
    /// deterministic ECDSA (RFC 6979), so signing the same payload again gives the same envelope.
    /// </summary>
    public DsseEnvelope Sign(string payloadType, ReadOnlySpan<byte> payload)
    {
        var pae = Pae.Encode(payloadType, payload);
        var signature = DeterministicEcdsa.SignData(key, pae);
        return new DsseEnvelope(payloadType, Convert.ToBase64String(payload), [new DsseSignature(KeyId, Convert.ToBase64String(signature))]);
    }

    /// <summary>The public key in PEM (SubjectPublicKeyInfo), what <c>cosign verify-blob-attestation --key</c> takes.</summary>
    public string PublicKeyPem() => key.ExportSubjectPublicKeyInfoPem();

    /// <summary>Releases the key.</summary>
    public void Dispose() => key.Dispose();
}
