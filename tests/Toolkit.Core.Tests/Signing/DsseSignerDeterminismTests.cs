using System.Text;
using Toolkit.Core.Signing;
using Toolkit.Testing;

namespace Toolkit.Core.Tests.Signing;

public sealed class DsseSignerDeterminismTests
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("{\"_type\":\"https://in-toto.io/Statement/v1\"}");

    [Fact]
    public void The_same_key_and_payload_give_identical_envelope_bytes()
    {
        // Given one private key, loaded twice (as two runs of the packer would)
        var (privatePem, publicPem) = Keys.P256();
        using var first = DsseSigner.FromPem(privatePem);
        using var second = DsseSigner.FromPem(privatePem);

        // When each signs the same payload
        var a = DsseVerifier.Serialize(first.Sign(DsseEnvelope.InTotoPayloadType, Payload));
        var b = DsseVerifier.Serialize(second.Sign(DsseEnvelope.InTotoPayloadType, Payload));

        // Then the envelopes are byte-identical, and verify
        Assert.Equal(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
        using var verifier = DsseVerifier.FromPem([publicPem]);
        Assert.True(verifier.Verify(DsseVerifier.Parse(a)!));
    }

    [Fact]
    public void Another_payload_type_gives_another_signature()
    {
        // Given a signer
        var (privatePem, _) = Keys.P256();
        using var signer = DsseSigner.FromPem(privatePem);

        // When the same payload is signed under two types
        var a = signer.Sign(DsseEnvelope.InTotoPayloadType, Payload);
        var b = signer.Sign("application/json", Payload);

        // Then the signatures differ: what is signed is the PAE, which includes the type
        Assert.NotEqual(a.Signatures[0].Sig, b.Signatures[0].Sig);
    }
}
