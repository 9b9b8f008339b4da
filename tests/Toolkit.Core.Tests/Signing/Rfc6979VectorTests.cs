using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using Toolkit.Core.Signing;

namespace Toolkit.Core.Tests.Signing;

/// <summary>
/// The published vectors for deterministic ECDSA P-256 with SHA-256: RFC 6979 Appendix A.2.5, and C2SP's vector whose
/// first k candidate is out of range (the retry of step h.3, which A.2.5 never reaches).
/// </summary>
public sealed class Rfc6979VectorTests
{
    private static readonly BigInteger X = Hex("C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721");
    private static readonly BigInteger Ux = Hex("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6");
    private static readonly BigInteger Uy = Hex("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299");

    [Theory]
    [InlineData( // A.2.5, With SHA-256, message = "sample"
        "sample",
        "A6E3C57DD01ABE90086538398355DD4C3B17AA873382B0F24D6129493D8AAD60",
        "EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716",
        "F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8")]
    [InlineData( // A.2.5, With SHA-256, message = "test"
        "test",
        "D16B6AE827F17175E040871A1C7EC3500192C4C92677336EC2537ACAEE0008E0",
        "F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D38367",
        "019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083")]
    [InlineData( // C2SP CCTV rfc6979: the first candidate is rejected, k is the second
        "wv[vnX",
        "2AE40DF9D9DAB61D688DE3DCB9867A98ECC70DD4D6C0F6C228B6E4E0B18B29BC",
        "EFD9073B652E76DA1B5A019C0E4A2E3FA529B035A6ABB91EF67F0ED7A1F21234",
        "3DB4706C9D9F4A4FE13BB5E08EF0FAB53A57DBAB2061C83A35FA411C68D2BA33")]
    public void The_nonce_and_the_signature_are_the_published_ones(string message, string k, string r, string s)
    {
        // Given the vectors' private key and the SHA-256 of the message
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(message));

        // When k is derived and the hash signed
        var nonce = FirstNonce(hash);
        var signature = DeterministicEcdsa.SignHash(X, hash);

        // Then k, r and s are exactly the published values (s as is: RFC 6979 does not normalise to low-S)
        Assert.Equal(Hex(k), nonce);
        Assert.Equal((Hex(r), Hex(s)), signature);
    }

    [Theory]
    [InlineData("sample", "3046022100EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716022100F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8")]
    [InlineData("test", "3045022100F1ABB023518351CD71D881567B1EA663ED3EFCF6C5132B354F28D3B0B7D383670220019F4113742A2B14BD25926B49C649155F267E60D3814B4C0CC84250E46F0083")]
    public void The_vector_signatures_are_DER_and_verify_with_the_public_key_alone(string message, string der)
    {
        // Given the vectors' key pair, and a verifier holding only its public half
        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Bytes(X), Q = new ECPoint { X = Bytes(Ux), Y = Bytes(Uy) } });
        using var verifier = ECDsa.Create();
        verifier.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        var data = Encoding.UTF8.GetBytes(message);

        // When the message is signed
        var signature = DeterministicEcdsa.SignData(key, data);

        // Then the signature is minimal DER (a 0x00 before a high first byte, none before 0x01) and .NET verifies it
        Assert.Equal(der, Convert.ToHexString(signature));
        Assert.True(verifier.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public void The_public_key_dotnet_derives_from_x_is_the_published_one()
    {
        // Given the private key x
        // When .NET derives U = x·G from D alone
        using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = Bytes(X) });
        var q = key.ExportParameters(includePrivateParameters: false).Q;

        // Then U is the published one
        Assert.Equal(Bytes(Ux), q.X);
        Assert.Equal(Bytes(Uy), q.Y);
    }

    [Fact]
    public void A_private_key_outside_1_to_n_minus_1_is_refused()
    {
        var n = Hex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
        foreach (var outside in new[] { BigInteger.Zero, n })
        {
            Assert.ThrowsAny<ArgumentException>(() => DeterministicEcdsa.SignHash(outside, new byte[32]));
        }
    }

    /// <summary>The k the signer uses: the first candidate in [1, n − 1] of the RFC 6979 HMAC-DRBG.</summary>
    private static BigInteger FirstNonce(byte[] hash)
    {
        var calculator = new HMacDsaKCalculator(new Sha256Digest());
        var n = NistNamedCurves.GetByName("P-256").N;
        calculator.Init(n, new Org.BouncyCastle.Math.BigInteger(1, Bytes(X)), hash);
        return new BigInteger(calculator.NextK().ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
    }

    private static BigInteger Hex(string hex) => new(Convert.FromHexString(hex), isUnsigned: true, isBigEndian: true);

    private static byte[] Bytes(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }
}
