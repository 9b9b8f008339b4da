using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;

namespace Toolkit.Core.Signing;

/// <summary>
/// ECDSA P-256/SHA-256 signatures with the nonce of RFC 6979 (<see cref="Rfc6979Nonce"/>): the same key and data always
/// give the same signature, and any ECDSA verifier (cosign, .NET, OpenSSL) accepts it as an ordinary one. .NET has no
/// API to sign with a chosen nonce, hence the curve arithmetic here (<see cref="MontgomeryLadder"/>).
/// </summary>
/// <remarks>
/// <para>
/// s is not normalised to low-S: RFC 6979 does not do it, and cosign and .NET accept either form. The RFC's test vectors
/// (which have high s) therefore apply as they are.
/// </para>
/// <para>
/// BigInteger arithmetic is not constant-time, so a signature's timing leaks something about k and the key to an observer
/// on the same machine. Acceptable here: a handful of signatures per release, made on a CI runner by a process the key
/// never leaves, and the same message always yields the same k, so repeating a signature teaches nothing new.
/// </para>
/// </remarks>
internal static class DeterministicEcdsa
{
    /// <summary>
    /// Signs SHA-256(<paramref name="data"/>) with the private P-256 <paramref name="key"/>; the signature is DER (RFC 3279
    /// Ecdsa-Sig-Value), as <see cref="DSASignatureFormat.Rfc3279DerSequence"/> reads it.
    /// </summary>
    /// <exception cref="CryptographicException">The key has no private part, or the signature failed its check.</exception>
    public static byte[] SignData(ECDsa key, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(key);
        DsseKeys.RequireP256(key);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var d = parameters.D ?? throw new CryptographicException("the key has no private part");
        byte[] signature;
        try
        {
            var (r, s) = SignHash(P256.FromBigEndian(d), SHA256.HashData(data));
            signature = Der(r, s);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }

        // A slip in this arithmetic would otherwise ship a pack or attestation no one can verify; the platform's own
        // verifier costs a fraction of a millisecond.
        if (!key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            throw new CryptographicException("the deterministic ECDSA signature did not verify with the key");
        }

        return signature;
    }

    /// <summary>(r, s) over <paramref name="hash"/> (SHA-256 of the message) with the private scalar <paramref name="privateKey"/>.</summary>
    public static (BigInteger R, BigInteger S) SignHash(BigInteger privateKey, ReadOnlySpan<byte> hash)
    {
        var nonce = new Rfc6979Nonce(privateKey, hash);
        var z = Rfc6979Nonce.Bits2Int(hash);
        while (true)
        {
            var k = nonce.Next();
            var r = MontgomeryLadder.Multiply(k, P256.G).ToAffine().X % P256.N;

            // n is prime: k^(n−2) is k's inverse.
            var s = BigInteger.ModPow(k, P256.N - 2, P256.N) * (z + (r * privateKey)) % P256.N;
            if (!r.IsZero && !s.IsZero)
            {
                return (r, s);
            }
        }
    }

    /// <summary>SEQUENCE { INTEGER r, INTEGER s } in DER (minimal, unsigned integers get a leading zero byte when needed).</summary>
    public static byte[] Der(BigInteger r, BigInteger s)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(r);
            writer.WriteInteger(s);
        }

        return writer.Encode();
    }
}
