using System.Security.Cryptography;
using Toolkit.Core.Signing;

namespace Toolkit.Core.Tests.Signing;

public sealed class DeterministicEcdsaTests
{
    [Fact]
    public void Signatures_of_random_keys_and_messages_verify_with_dotnet_and_fail_for_a_changed_message()
    {
        var random = new Random(6979);
        for (var i = 0; i < 200; i++)
        {
            // Given a random key, a verifier with only its public half, and a random message (empty included)
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            using var verifier = PublicHalf(key);
            var message = new byte[random.Next(0, 300)];
            random.NextBytes(message);

            // When the message is signed
            var signature = DeterministicEcdsa.SignData(key, message);

            // Then the signature verifies, and not for the message with one bit flipped or one byte more
            Assert.True(Verify(verifier, message, signature), $"key {i}: a signature did not verify");
            byte[] flipped = message.Length == 0 ? [0] : [.. message];
            flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
            Assert.False(Verify(verifier, flipped, signature), $"key {i}: a changed message verified");
            Assert.False(Verify(verifier, [.. message, 0], signature), $"key {i}: a longer message verified");
        }
    }

    [Fact]
    public void The_same_key_and_message_give_the_same_signature_and_another_message_another_one()
    {
        // Given a key
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        // When the same message is signed twice, and a different one once
        var first = DeterministicEcdsa.SignData(key, "payload"u8);
        var second = DeterministicEcdsa.SignData(key, "payload"u8);
        var other = DeterministicEcdsa.SignData(key, "payload!"u8);

        // Then the first two are identical, the third is not
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_public_key_cannot_sign()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var publicOnly = PublicHalf(key);

        Assert.ThrowsAny<CryptographicException>(() => DeterministicEcdsa.SignData(publicOnly, "payload"u8));
    }

    private static ECDsa PublicHalf(ECDsa key)
    {
        var verifier = ECDsa.Create();
        verifier.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return verifier;
    }

    private static bool Verify(ECDsa verifier, byte[] message, byte[] signature) =>
        verifier.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
}
