using System.Security.Cryptography;

namespace Toolkit.Testing;

/// <summary>Fresh ECDSA keys in PEM, as <c>cosign generate-key-pair</c> would give (PKCS#8 private, SPKI public).</summary>
public static class Keys
{
    public static (string PrivatePem, string PublicPem) P256()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }
}
