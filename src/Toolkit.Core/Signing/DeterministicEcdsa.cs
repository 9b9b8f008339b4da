using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;
using NumericsBigInteger = System.Numerics.BigInteger;

namespace Toolkit.Core.Signing;

/// <summary>
/// ECDSA P-256/SHA-256 signatures with the nonce of RFC 6979: the same key and data always give the same signature, and
/// any ECDSA verifier (cosign, .NET, OpenSSL) accepts it as an ordinary one. .NET has no API to sign with a chosen nonce,
/// so BouncyCastle signs (<see cref="HMacDsaKCalculator"/>, constant-time curve arithmetic).
/// </summary>
/// <remarks>
/// s is not normalised to low-S: RFC 6979 does not do it, and cosign and .NET accept either form. The RFC's test vectors
/// (which have high s) therefore apply as they are, and packs signed before the switch to BouncyCastle stay byte-identical.
/// </remarks>
internal static class DeterministicEcdsa
{
    private static readonly ECDomainParameters P256 = new(NistNamedCurves.GetByName("P-256"));

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
            var (r, s) = SignHash(new NumericsBigInteger(d, isUnsigned: true, isBigEndian: true), SHA256.HashData(data));
            signature = Der(r, s);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }

        // A signature that does not verify would ship a pack or attestation no one can check; the platform's own
        // verifier costs a fraction of a millisecond.
        if (!key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            throw new CryptographicException("the deterministic ECDSA signature did not verify with the key");
        }

        return signature;
    }

    /// <summary>(r, s) over <paramref name="hash"/> (SHA-256 of the message) with the private scalar <paramref name="privateKey"/>.</summary>
    /// <exception cref="ArgumentException">The private key is not in [1, n − 1].</exception>
    public static (NumericsBigInteger R, NumericsBigInteger S) SignHash(NumericsBigInteger privateKey, ReadOnlySpan<byte> hash)
    {
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        var scalar = new BcBigInteger(1, privateKey.ToByteArray(isUnsigned: true, isBigEndian: true));
        signer.Init(forSigning: true, new ECPrivateKeyParameters(scalar, P256));
        var rs = signer.GenerateSignature(hash.ToArray());
        return (ToNumerics(rs[0]), ToNumerics(rs[1]));
    }

    /// <summary>SEQUENCE { INTEGER r, INTEGER s } in DER (minimal, unsigned integers get a leading zero byte when needed).</summary>
    public static byte[] Der(NumericsBigInteger r, NumericsBigInteger s)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(r);
            writer.WriteInteger(s);
        }

        return writer.Encode();
    }

    private static NumericsBigInteger ToNumerics(BcBigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
}
