using System.Numerics;
using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using Toolkit.Core.Signing;

namespace Toolkit.Core.Tests.Signing;

public sealed class DeterministicEcdsaPropertyTests
{
    private static readonly Gen<byte[]> Bytes32 = Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf(32);

    // The order n of P-256's base point.
    private static readonly BigInteger N = new(Convert.FromHexString("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), isUnsigned: true, isBigEndian: true);

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void For_any_private_scalar_and_32_byte_message_the_signature_verifies_with_dotnet()
    {
        var cases = from d in Bytes32 from message in Bytes32 select (d, message);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Any 256-bit value, mapped into [1, n − 1]; .NET derives the public point from D alone.
            var scalar = (new BigInteger(c.d, isUnsigned: true, isBigEndian: true) % (N - 1)) + BigInteger.One;
            using var key = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, D = ToBigEndian32(scalar) });
            using var verifier = ECDsa.Create();
            verifier.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);

            var signature = DeterministicEcdsa.SignData(key, c.message);

            return verifier.VerifyData(c.message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }).Check(Runs);
    }

    private static byte[] ToBigEndian32(BigInteger value)
    {
        var bytes = new byte[32];
        value.TryWriteBytes(bytes.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }
}
