using System.Security.Cryptography;

namespace Toolkit.Core.Signing;

/// <summary>Key checks shared by signer and verifier.</summary>
internal static class DsseKeys
{
    public static void RequireP256(ECDsa key)
    {
        var curve = key.ExportParameters(false).Curve;
        if (curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value && curve.Oid.FriendlyName is not ("nistP256" or "ECDSA_P256"))
        {
            throw new CryptographicException($"the key is on curve '{curve.Oid.FriendlyName ?? curve.Oid.Value}', not P-256");
        }
    }

    public static string KeyId(ECDsa key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
}
