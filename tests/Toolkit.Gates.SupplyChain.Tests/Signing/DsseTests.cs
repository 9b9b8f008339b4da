using System.Security.Cryptography;
using System.Text;
using Toolkit.Core.Signing;
using Toolkit.Gates.SupplyChain.Tests.Fakes;

namespace Toolkit.Gates.SupplyChain.Tests.Signing;

public sealed class DsseTests
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes("{\"_type\":\"https://in-toto.io/Statement/v1\"}");

    [Fact]
    public void Pae_matches_the_dsse_specification_example()
    {
        // Given the example from the DSSE protocol document
        // When it is encoded
        var pae = Pae.Encode("http://example.com/HelloWorld", Encoding.UTF8.GetBytes("hello world"));

        // Then the bytes are exactly the spec's
        Assert.Equal("DSSEv1 29 http://example.com/HelloWorld 11 hello world", Encoding.UTF8.GetString(pae));
    }

    [Fact]
    public void A_signed_envelope_verifies_with_the_public_key()
    {
        // Given a P-256 key pair
        var (privatePem, publicPem) = Keys.P256();
        using var signer = DsseSigner.FromPem(privatePem);

        // When a payload is signed and the envelope round-trips through JSON
        var json = DsseVerifier.Serialize(signer.Sign(DsseEnvelope.InTotoPayloadType, Payload));
        using var verifier = DsseVerifier.FromPem([publicPem]);
        var envelope = DsseVerifier.Parse(json)!;

        // Then it verifies, carries the cosign shape and a DER signature
        Assert.True(verifier.Verify(envelope));
        Assert.Contains("\"payloadType\":\"application/vnd.in-toto+json\"", json, StringComparison.Ordinal);
        Assert.Contains("\"signatures\":[{\"keyid\":\"" + signer.KeyId + "\",\"sig\":\"", json, StringComparison.Ordinal);
        Assert.Equal(0x30, Convert.FromBase64String(envelope.Signatures[0].Sig)[0]);
        Assert.Equal(Payload, envelope.PayloadBytes());
    }

    [Fact]
    public void A_tampered_payload_does_not_verify()
    {
        // Given a signed envelope
        var (privatePem, publicPem) = Keys.P256();
        using var signer = DsseSigner.FromPem(privatePem);
        var envelope = signer.Sign(DsseEnvelope.InTotoPayloadType, Payload);

        // When its payload or payload type is changed
        var tampered = envelope with { Payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"_type\":\"evil\"}")) };
        var retyped = envelope with { PayloadType = "application/json" };

        // Then neither verifies
        using var verifier = DsseVerifier.FromPem([publicPem]);
        Assert.False(verifier.Verify(tampered));
        Assert.False(verifier.Verify(retyped));
    }

    [Fact]
    public void An_envelope_signed_by_another_key_does_not_verify()
    {
        // Given an envelope signed by one key
        var (privatePem, _) = Keys.P256();
        var (_, otherPublic) = Keys.P256();
        using var signer = DsseSigner.FromPem(privatePem);
        var envelope = signer.Sign(DsseEnvelope.InTotoPayloadType, Payload);

        // When it is verified with a different trusted key
        using var verifier = DsseVerifier.FromPem([otherPublic]);

        // Then it is rejected
        Assert.False(verifier.Verify(envelope));
    }

    [Fact]
    public void A_key_on_another_curve_is_refused()
    {
        // Given a P-384 key
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        // When it is loaded as a signing key
        // Then it is refused with a message naming P-256
        var error = Assert.Throws<ArgumentException>(() => DsseSigner.FromPem(key.ExportPkcs8PrivateKeyPem()));
        Assert.Contains("P-256", error.Message, StringComparison.Ordinal);
    }
}
